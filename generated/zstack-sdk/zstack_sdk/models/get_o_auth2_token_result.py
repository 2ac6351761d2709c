"""Result models: GetOAuth2TokenResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .o_auth2_token_inventory import OAuth2TokenInventory
from .sso_server_token_inventory import SSOServerTokenInventory

__all__ = [
    "GetOAuth2TokenResult",
]


class GetOAuth2TokenResult(ZStackModel):
    """The result of GetOAuth2Token (ZStack's `GetOAuth2TokenResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.21)"""

    inventory: OAuth2TokenInventory | None = None
    """详情参考inventory (since 4.6.21)"""

    server_token_inventory: SSOServerTokenInventory | None = None

    success: bool | None = None
    """success (since 4.6.21)"""
