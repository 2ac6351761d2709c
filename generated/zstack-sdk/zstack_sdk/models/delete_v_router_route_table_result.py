"""Result models: DeleteVRouterRouteTableResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVRouterRouteTableResult",
]


class DeleteVRouterRouteTableResult(ZStackModel):
    """The result of DeleteVRouterRouteTable (ZStack's `DeleteVRouterRouteTableResult`)."""

    error: ErrorCode | None = None
