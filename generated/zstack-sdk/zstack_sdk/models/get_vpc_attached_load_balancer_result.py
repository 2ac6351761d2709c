"""Result models: GetVpcAttachedLoadBalancerResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVpcAttachedLoadBalancerResult",
]


class GetVpcAttachedLoadBalancerResult(ZStackModel):
    """The result of GetVpcAttachedLoadBalancer (ZStack's `GetVpcAttachedLoadBalancerResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
