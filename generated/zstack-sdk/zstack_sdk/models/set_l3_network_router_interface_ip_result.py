"""Result models: SetL3NetworkRouterInterfaceIpResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetL3NetworkRouterInterfaceIpResult",
]


class SetL3NetworkRouterInterfaceIpResult(ZStackModel):
    """The result of SetL3NetworkRouterInterfaceIp (ZStack's `SetL3NetworkRouterInterfaceIpResult`)."""

    error: ErrorCode | None = None
