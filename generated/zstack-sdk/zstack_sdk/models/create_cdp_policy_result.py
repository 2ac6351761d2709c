"""Result models: CreateCdpPolicyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .cdp_policy_inventory import CdpPolicyInventory
from .error_code import ErrorCode

__all__ = [
    "CreateCdpPolicyResult",
]


class CreateCdpPolicyResult(ZStackModel):
    """The result of CreateCdpPolicy (ZStack's `CreateCdpPolicyResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.5.0)"""

    inventory: CdpPolicyInventory | None = None
    """详情参考inventory (since 4.5.0)"""

    success: bool | None = None
    """成功 (since 4.5.0)"""
