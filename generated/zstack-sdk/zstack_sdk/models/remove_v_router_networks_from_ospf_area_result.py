"""Result models: RemoveVRouterNetworksFromOspfAreaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveVRouterNetworksFromOspfAreaResult",
]


class RemoveVRouterNetworksFromOspfAreaResult(ZStackModel):
    """The result of RemoveVRouterNetworksFromOspfArea (ZStack's `RemoveVRouterNetworksFromOspfAreaResult`)."""

    error: ErrorCode | None = None
