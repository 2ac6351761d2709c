"""Result models: RecoveryVirtualBorderRouterRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RecoveryVirtualBorderRouterRemoteResult",
]


class RecoveryVirtualBorderRouterRemoteResult(ZStackModel):
    """The result of RecoveryVirtualBorderRouterRemote (ZStack's `RecoveryVirtualBorderRouterRemoteResult`)."""

    error: ErrorCode | None = None
