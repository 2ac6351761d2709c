"""Result models: AccessControlListEntryInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AccessControlListEntryInventory",
]


class AccessControlListEntryInventory(ZStackModel):
    """ZStack's `AccessControlListEntryInventory`."""

    acl_uuid: str | None = None
    """访问控制策略组的唯一标识 (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    domain: str | None = None
    """domain (since 0.6)"""

    ip_entries: str | None = None
    """IP组 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    redirect_port: int | None = None
    """redirectPort (since 5.5.6)"""

    type: str | None = None
    """type (since 0.6)"""

    url: str | None = None
    """url (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
