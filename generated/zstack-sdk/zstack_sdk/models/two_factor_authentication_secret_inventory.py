"""Result models: TwoFactorAuthenticationSecretInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "TwoFactorAuthenticationSecretInventory",
]


class TwoFactorAuthenticationSecretInventory(ZStackModel):
    """ZStack's `TwoFactorAuthenticationSecretInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.4.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.4.0)"""

    resource_type: str | None = None

    resource_uuid: str | None = None

    secret: str | None = None
    """双因子认证密钥 (since 2.6.0)"""

    status: Literal["NewCreated", "Logined"] | str | None = None
    """详情参考status (since 3.4.0)"""

    user_type: str | None = None
    """userType (since 3.4.0)"""

    user_uuid: str | None = None
    """用户UUID (since 3.4.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.6.0)"""
