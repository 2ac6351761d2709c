"""Result models: DeleteVRouterOspfAreaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVRouterOspfAreaResult",
]


class DeleteVRouterOspfAreaResult(ZStackModel):
    """The result of DeleteVRouterOspfArea (ZStack's `DeleteVRouterOspfAreaResult`)."""

    error: ErrorCode | None = None
