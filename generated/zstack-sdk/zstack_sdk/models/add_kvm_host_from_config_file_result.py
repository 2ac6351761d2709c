"""Result models: AddKVMHostFromConfigFileResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .add_host_from_file_result import AddHostFromFileResult
from .error_code import ErrorCode

__all__ = [
    "AddKVMHostFromConfigFileResult",
]


class AddKVMHostFromConfigFileResult(ZStackModel):
    """The result of AddKVMHostFromConfigFile (ZStack's `AddHostFromConfigFileResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    results: list[AddHostFromFileResult] | None = None
    """详情参考results (since 3.1.0)"""

    success: bool | None = None
    """success (since 3.1.0)"""
