"""Result models: OAuth2ClientInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "OAuth2ClientInventory",
]


class OAuth2ClientInventory(ZStackModel):
    """ZStack's `OAuth2ClientInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 4.5.0)"""

    authorization_url: str | None = None
    """认证url (since 4.5.0)"""

    client_id: str | None = None
    """客户端ID (since 4.5.0)"""

    client_secret: str | None = None
    """客户端密钥 (since 4.5.0)"""

    client_type: str | None = None
    """clientType (since 4.5.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.5.0)"""

    grant_type: str | None = None
    """认证模式 (since 4.5.0)"""

    identity_provider: str | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.5.0)"""

    login_mn_url: str | None = Field(None, alias="loginMNUrl")
    """免密登录url (since 4.5.0)"""

    login_type: str | None = None
    """登录的类型： cas-iam1 cas-ima2 oauth2-iam1 oauth2-iam2 (since 4.5.0)"""

    logout_url: str | None = None

    name: str | None = None
    """资源名称 (since 4.5.0)"""

    redirect_url: str | None = None

    scope_list: list[Any] | None = None

    token_url: str | None = None
    """认证token url (since 4.5.0)"""

    userinfo_url: str | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.5.0)"""
