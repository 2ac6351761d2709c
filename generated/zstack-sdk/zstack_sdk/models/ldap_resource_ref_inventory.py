"""Result models: LdapResourceRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LdapResourceRefInventory",
]


class LdapResourceRefInventory(ZStackModel):
    """ZStack's `LdapResourceRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.1)"""

    ldap_server_uuid: str | None = None
    """AD/LDAP服务器 (since 3.5.1)"""

    ldap_uid: str | None = None
    """AD/LDAP条目标志 (since 3.5.1)"""

    resource_type: str | None = None

    resource_uuid: str | None = None
    """资源UUID (since 3.5.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5.1)"""
