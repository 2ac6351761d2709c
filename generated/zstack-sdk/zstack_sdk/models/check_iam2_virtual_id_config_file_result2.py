"""Result models: CheckIAM2VirtualIDConfigFileResult2 (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .check_iam2_virtual_id_config_file_result import CheckIAM2VirtualIDConfigFileResult
from .error_code import ErrorCode

__all__ = [
    "CheckIAM2VirtualIDConfigFileResult2",
]


class CheckIAM2VirtualIDConfigFileResult2(ZStackModel):
    """The ``CheckIAM2VirtualIDConfigFileResult2`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    results: list[CheckIAM2VirtualIDConfigFileResult] | None = None
    """详情参考results (since 3.6.0)"""
