"""Result models: AddKVMHostFromConfigFileResult2 (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .add_kvm_host_from_config_file_result import AddKVMHostFromConfigFileResult
from .error_code import ErrorCode

__all__ = [
    "AddKVMHostFromConfigFileResult2",
]


class AddKVMHostFromConfigFileResult2(ZStackModel):
    """The ``AddKVMHostFromConfigFileResult2`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.1.0)"""

    results: list[AddKVMHostFromConfigFileResult] | None = None
    """详情参考results (since 3.1.0)"""

    success: bool | None = None
    """success (since 3.1.0)"""
