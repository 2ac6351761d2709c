"""Result models: DeleteVirtualRouterLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVirtualRouterLocalResult",
]


class DeleteVirtualRouterLocalResult(ZStackModel):
    """The result of DeleteVirtualRouterLocal (ZStack's `DeleteVirtualRouterLocalResult`)."""

    error: ErrorCode | None = None
