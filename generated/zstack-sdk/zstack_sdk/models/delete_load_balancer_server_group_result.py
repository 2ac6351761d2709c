"""Result models: DeleteLoadBalancerServerGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteLoadBalancerServerGroupResult",
]


class DeleteLoadBalancerServerGroupResult(ZStackModel):
    """The result of DeleteLoadBalancerServerGroup (ZStack's `DeleteLoadBalancerServerGroupResult`)."""

    error: ErrorCode | None = None
