"""Result models: TerminateVirtualBorderRouterRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "TerminateVirtualBorderRouterRemoteResult",
]


class TerminateVirtualBorderRouterRemoteResult(ZStackModel):
    """The result of TerminateVirtualBorderRouterRemote (ZStack's `TerminateVirtualBorderRouterRemoteResult`)."""

    error: ErrorCode | None = None
