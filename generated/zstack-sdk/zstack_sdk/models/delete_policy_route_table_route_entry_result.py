"""Result models: DeletePolicyRouteTableRouteEntryResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePolicyRouteTableRouteEntryResult",
]


class DeletePolicyRouteTableRouteEntryResult(ZStackModel):
    """The result of DeletePolicyRouteTableRouteEntry (ZStack's `DeletePolicyRouteTableRouteEntryResult`)."""

    error: ErrorCode | None = None
