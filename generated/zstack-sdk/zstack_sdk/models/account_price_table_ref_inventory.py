"""Result models: AccountPriceTableRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AccountPriceTableRefInventory",
]


class AccountPriceTableRefInventory(ZStackModel):
    """ZStack's `AccountPriceTableRefInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 3.7.2)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.2)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.2)"""

    table_uuid: str | None = None
    """价目表UUID (since 3.7.2)"""
