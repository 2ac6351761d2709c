"""Result models: GetCandidateVmNicsForPortMirrorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_nic_inventory import VmNicInventory

__all__ = [
    "GetCandidateVmNicsForPortMirrorResult",
]


class GetCandidateVmNicsForPortMirrorResult(ZStackModel):
    """The result of GetCandidateVmNicsForPortMirror (ZStack's `GetCandidateVmNicsForPortMirrorResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventories: list[VmNicInventory] | None = None
    """详情参考inventories (since 3.7.0)"""
