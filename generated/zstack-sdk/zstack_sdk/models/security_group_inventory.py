"""Result models: SecurityGroupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .security_group_rule_inventory import SecurityGroupRuleInventory

__all__ = [
    "SecurityGroupInventory",
]


class SecurityGroupInventory(ZStackModel):
    """ZStack's `SecurityGroupInventory`."""

    attached_l3_network_uuids: list[str] | None = None
    """attachedL3NetworkUuids (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    ip_version: int | None = None
    """ip协议号 (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    rules: list[SecurityGroupRuleInventory] | None = None
    """详情参考rules (since 0.6)"""

    state: str | None = None
    """state (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
