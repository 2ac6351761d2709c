"""Result models: VpcVirtualRouterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcVirtualRouterInventory",
]


class VpcVirtualRouterInventory(ZStackModel):
    """ZStack's `VpcVirtualRouterInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    uuid: str | None = None

    vpc_uuid: str | None = None

    vr_id: str | None = None
