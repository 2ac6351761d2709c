"""Result models: SSOClientInventory (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SSOClientInventory",
]


class SSOClientInventory(ZStackModel):
    """ZStack's `SSOClientInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 4.6.21)"""

    client_type: str | None = None
    """客户端类型 (since 4.6.21)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.21)"""

    description: str | None = None
    """资源的详细描述 (since 4.6.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.21)"""

    login_mn_url: str | None = Field(None, alias="loginMNUrl")
    """登录跳转url (since 4.6.21)"""

    login_type: str | None = None
    """登录类型 (since 4.6.21)"""

    name: str | None = None
    """资源名称 (since 4.6.21)"""

    redirect_url: str | None = None

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.6.21)"""
