"""Result models: DeleteLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteLoadBalancerResult",
]


class DeleteLoadBalancerResult(ZStackModel):
    """The result of DeleteLoadBalancer (ZStack's `DeleteLoadBalancerResult`)."""

    error: ErrorCode | None = None
