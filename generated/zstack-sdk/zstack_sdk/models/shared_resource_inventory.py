"""Result models: SharedResourceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SharedResourceInventory",
]


class SharedResourceInventory(ZStackModel):
    """ZStack's `SharedResourceInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    owner_account_uuid: str | None = None
    """所有者账户UUID (since 0.6)"""

    receiver_account_uuid: str | None = None
    """接受者账户UUID (since 0.6)"""

    resource_type: str | None = None
    """资源类型 (since 0.6)"""

    resource_uuid: str | None = None
    """资源UUID (since 0.6)"""

    to_public: bool | None = None
    """是否全局共享 (since 0.6)"""
