"""Result models: GetAttachablePublicL3ForVRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .attachable_public_l3_for_v_router_inventory import AttachablePublicL3ForVRouterInventory
from .error_code import ErrorCode

__all__ = [
    "GetAttachablePublicL3ForVRouterResult",
]


class GetAttachablePublicL3ForVRouterResult(ZStackModel):
    """The ``GetAttachablePublicL3ForVRouterResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.2)"""

    inventories: list[AttachablePublicL3ForVRouterInventory] | None = None
    """详情参考inventories (since 2.2)"""
