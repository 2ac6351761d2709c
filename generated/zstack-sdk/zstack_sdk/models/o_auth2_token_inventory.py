"""Result models: OAuth2TokenInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "OAuth2TokenInventory",
]


class OAuth2TokenInventory(ZStackModel):
    """ZStack's `OAuth2TokenInventory`."""

    access_token: str | None = None
    """accessToken (since 4.6.21)"""

    client_uuid: str | None = None
    """clientUuid (since 4.6.21)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.21)"""

    id_token: str | None = None
    """idToken (since 4.6.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.21)"""

    refresh_token: str | None = None
    """refreshToken (since 4.6.21)"""

    user_uuid: str | None = None
    """用户UUID (since 4.6.21)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.6.21)"""
