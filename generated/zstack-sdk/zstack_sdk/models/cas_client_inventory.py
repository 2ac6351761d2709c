"""Result models: CasClientInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CasClientInventory",
]


class CasClientInventory(ZStackModel):
    """ZStack's `CasClientInventory`."""

    account_uuid: str | None = None
    """账户UUID (since 4.5.0)"""

    cas_server_login_url: str | None = None
    """casServerLoginUrl (since 4.5.0)"""

    cas_server_url_prefix: str | None = None
    """casServerUrlPrefix (since 4.5.0)"""

    client_type: str | None = None
    """clientType (since 4.5.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 4.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.5.0)"""

    login_mn_url: str | None = Field(None, alias="loginMNUrl")
    """免密登录的url (since 4.5.0)"""

    login_type: str | None = None
    """登录的类型： cas-iam1 cas-ima2 oauth2-iam1 oauth2-iam2 (since 4.5.0)"""

    name: str | None = None
    """资源名称 (since 4.5.0)"""

    redirect_url: str | None = None

    server_name: str | None = None
    """mn的地址(http://{mn_ip:port}/8080) (since 4.5.0)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 4.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.5.0)"""
