"""Result models: LdapIAM2VirtualIDRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "LdapIAM2VirtualIDRefInventory",
]


class LdapIAM2VirtualIDRefInventory(ZStackModel):
    """The ``LdapIAM2VirtualIDRefInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.1)"""

    ldap_server_uuid: str | None = None
    """AD/LDAP服务器 (since 3.5.1)"""

    ldap_uid: str | None = None
    """AD/LDAP条目标志 (since 3.5.1)"""

    resource_uuid: str | None = None
    """资源UUID (since 3.5.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5.1)"""
