"""Result models: AccountResourceRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AccountResourceRefInventory",
]


class AccountResourceRefInventory(ZStackModel):
    """ZStack's `AccountResourceRefInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 0.6)"""

    concrete_resource_type: str | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    resource_type: str | None = None
    """资源类型 (since 0.6)"""

    resource_uuid: str | None = None
    """资源UUID (since 0.6)"""
