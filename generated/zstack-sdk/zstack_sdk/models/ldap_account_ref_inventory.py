"""Result models: LdapAccountRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LdapAccountRefInventory",
]


class LdapAccountRefInventory(ZStackModel):
    """ZStack's `LdapAccountRefInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    ldap_server_uuid: str | None = None
    """LDAP服务器UUID (since 0.6)"""

    ldap_uid: str | None = None
    """LDAP登录使用的UID (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
