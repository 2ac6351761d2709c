"""Result models: DeletePolicyRouteTableResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePolicyRouteTableResult",
]


class DeletePolicyRouteTableResult(ZStackModel):
    """The result of DeletePolicyRouteTable (ZStack's `DeletePolicyRouteTableResult`)."""

    error: ErrorCode | None = None
