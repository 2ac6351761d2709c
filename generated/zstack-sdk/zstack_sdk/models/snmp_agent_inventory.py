"""Result models: SnmpAgentInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SnmpAgentInventory",
]


class SnmpAgentInventory(ZStackModel):
    """ZStack's `SnmpAgentInventory`."""

    auth_algorithm: str | None = None
    """认证算法 (since 4.7.21)"""

    auth_password: str | None = None
    """认证密码 (since 4.7.21)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.7.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.7.21)"""

    port: int | None = None
    """端口 (since 4.7.21)"""

    privacy_algorithm: str | None = None
    """隐私算法 (since 4.7.21)"""

    privacy_password: str | None = None
    """隐私密码 (since 4.7.21)"""

    read_community: str | None = None
    """读团体字(version为v2c时使用) (since 4.7.21)"""

    security_level: str | None = None
    """安全等级 (since 4.7.21)"""

    status: str | None = None
    """SNMP代理是否启用 (since 4.7.21)"""

    user_name: str | None = None
    """用户名(version为v3时使用) (since 4.7.21)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.7.21)"""

    version: str | None = None
    """SNMP代理使用协议版本 (since 4.7.21)"""
