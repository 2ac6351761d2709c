"""Result models: AccessControlListInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .access_control_list_entry_inventory import AccessControlListEntryInventory

__all__ = [
    "AccessControlListInventory",
]


class AccessControlListInventory(ZStackModel):
    """ZStack's `AccessControlListInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.9.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.9.0)"""

    entries: list[AccessControlListEntryInventory] | None = None
    """详情参考entries (since 3.9.0)"""

    ip_version: int | None = None
    """IP地址版本 (since 3.9.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.9.0)"""

    name: str | None = None
    """资源名称 (since 3.9.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.9.0)"""
