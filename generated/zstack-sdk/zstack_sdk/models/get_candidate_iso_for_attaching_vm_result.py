"""Result models: GetCandidateIsoForAttachingVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .candidate_iso_for_attaching_vm_inventory import CandidateIsoForAttachingVmInventory
from .error_code import ErrorCode

__all__ = [
    "GetCandidateIsoForAttachingVmResult",
]


class GetCandidateIsoForAttachingVmResult(ZStackModel):
    """The ``GetCandidateIsoForAttachingVmResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[CandidateIsoForAttachingVmInventory] | None = None
    """详情参考inventories (since 0.6)"""
