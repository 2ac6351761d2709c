"""Result models: DeleteMulticastRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMulticastRouterResult",
]


class DeleteMulticastRouterResult(ZStackModel):
    """The result of DeleteMulticastRouter (ZStack's `DeleteMulticastRouterResult`)."""

    error: ErrorCode | None = None
