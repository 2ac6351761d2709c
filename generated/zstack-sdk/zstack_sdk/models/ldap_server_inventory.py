"""Result models: LdapServerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LdapServerInventory",
]


class LdapServerInventory(ZStackModel):
    """ZStack's `LdapServerInventory`."""

    base: str | None = None
    """LDAP服务器访问地址 (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    encryption: str | None = None
    """加密方式 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    scope: str | None = None

    url: str | None = None
    """url (since 0.6)"""

    username: str | None = None
    """用于访问LDAP服务器的用户名 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
