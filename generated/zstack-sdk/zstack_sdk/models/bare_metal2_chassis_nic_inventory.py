"""Result models: BareMetal2ChassisNicInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BareMetal2ChassisNicInventory",
]


class BareMetal2ChassisNicInventory(ZStackModel):
    """ZStack's `BareMetal2ChassisNicInventory`."""

    chassis_uuid: str | None = None
    """裸金属节点UUID (since 4.0.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.0.0)"""

    is_provision_nic: bool | None = None
    """是否为部署网卡 (since 4.0.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.0.0)"""

    mac: str | None = None
    """网卡MAC (since 4.0.0)"""

    nic_name: str | None = None

    speed: str | None = None
    """网卡速率 (since 4.0.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.0.0)"""
