"""Result models: CloneVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .clone_vm_instance_results import CloneVmInstanceResults
from .error_code import ErrorCode

__all__ = [
    "CloneVmInstanceResult",
]


class CloneVmInstanceResult(ZStackModel):
    """The result of CloneVmInstance (ZStack's `CloneVmInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    result: CloneVmInstanceResults | None = None
    """详情参考result (since 0.6)"""

    success: bool | None = None
    """success (since 0.6)"""
