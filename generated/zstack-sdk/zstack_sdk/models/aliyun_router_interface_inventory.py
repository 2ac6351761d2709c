"""Result models: AliyunRouterInterfaceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AliyunRouterInterfaceInventory",
]


class AliyunRouterInterfaceInventory(ZStackModel):
    """ZStack's `AliyunRouterInterfaceInventory`."""

    access_point_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    opposite_interface_uuid: str | None = None

    role: str | None = None

    router_interface_id: str | None = None

    spec: str | None = None

    status: str | None = None

    uuid: str | None = None

    v_router_type: str | None = None

    virtual_router_uuid: str | None = None
