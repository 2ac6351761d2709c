"""Result models: ChangeAffinityGroupStateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .affinity_group_inventory import AffinityGroupInventory
from .error_code import ErrorCode

__all__ = [
    "ChangeAffinityGroupStateResult",
]


class ChangeAffinityGroupStateResult(ZStackModel):
    """The result of ChangeAffinityGroupState (ZStack's `ChangeAffinityGroupStateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

    inventory: AffinityGroupInventory | None = None
    """详情参考inventory (since 2.3)"""
