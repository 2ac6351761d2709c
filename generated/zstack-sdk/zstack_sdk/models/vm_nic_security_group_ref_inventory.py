"""Result models: VmNicSecurityGroupRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VmNicSecurityGroupRefInventory",
]


class VmNicSecurityGroupRefInventory(ZStackModel):
    """ZStack's `VmNicSecurityGroupRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    priority: int | None = None
    """安全组优先级 (since 4.7.21)"""

    security_group_uuid: str | None = None
    """安全组UUID (since 0.6)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 0.6)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 0.6)"""
