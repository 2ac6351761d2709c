"""Result models: SessionInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SessionInventory",
]


class SessionInventory(ZStackModel):
    """ZStack's `SessionInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 0.6)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    expired_date: ZStackDateTime | None = None
    """会话过期日期 (since 0.6)"""

    user_type: str | None = None

    user_uuid: str | None = None
    """用户UUID说明: 账户名称和账户UUID不能同时为空 (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""
