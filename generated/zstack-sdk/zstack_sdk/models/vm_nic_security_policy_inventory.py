"""Result models: VmNicSecurityPolicyInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VmNicSecurityPolicyInventory",
]


class VmNicSecurityPolicyInventory(ZStackModel):
    """ZStack's `VmNicSecurityPolicyInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.21)"""

    egress_policy: str | None = None
    """网卡出方向安全策略 (since 4.7.21)"""

    ingress_policy: str | None = None
    """网卡入方向安全策略 (since 4.7.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.21)"""

    vm_nic_uuid: str | None = None
    """云主机网卡UUID (since 4.7.21)"""
