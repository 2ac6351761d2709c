"""Result models: GetCandidateAffinityGroupForCreatingVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .affinity_group_inventory import AffinityGroupInventory
from .error_code import ErrorCode

__all__ = [
    "GetCandidateAffinityGroupForCreatingVmResult",
]


class GetCandidateAffinityGroupForCreatingVmResult(ZStackModel):
    """The result of GetCandidateAffinityGroupForCreatingVm (ZStack's `GetCandidateAffinityGroupForCreatingVmResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    inventories: list[AffinityGroupInventory] | None = None
    """详情参考inventories (since 4.1.0)"""

    success: bool | None = None
    """success (since 4.1.0)"""
