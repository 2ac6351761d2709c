"""Result models: DeleteVirtualBorderRouterLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVirtualBorderRouterLocalResult",
]


class DeleteVirtualBorderRouterLocalResult(ZStackModel):
    """The result of DeleteVirtualBorderRouterLocal (ZStack's `DeleteVirtualBorderRouterLocalResult`)."""

    error: ErrorCode | None = None
