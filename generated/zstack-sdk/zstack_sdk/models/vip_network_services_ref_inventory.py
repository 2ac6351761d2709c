"""Result models: VipNetworkServicesRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VipNetworkServicesRefInventory",
]


class VipNetworkServicesRefInventory(ZStackModel):
    """ZStack's `VipNetworkServicesRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.9.0)"""

    service_type: str | None = None
    """服务类型 (since 3.9.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.9.0)"""

    vip_uuid: str | None = None
    """VIP UUID (since 3.9.0)"""
