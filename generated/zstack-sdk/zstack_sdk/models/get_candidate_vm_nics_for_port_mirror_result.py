"""Result models: GetCandidateVmNicsForPortMirrorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .candidate_vm_nics_for_port_mirror_inventory import CandidateVmNicsForPortMirrorInventory
from .error_code import ErrorCode

__all__ = [
    "GetCandidateVmNicsForPortMirrorResult",
]


class GetCandidateVmNicsForPortMirrorResult(ZStackModel):
    """The ``GetCandidateVmNicsForPortMirrorResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventories: list[CandidateVmNicsForPortMirrorInventory] | None = None
    """详情参考inventories (since 3.7.0)"""
