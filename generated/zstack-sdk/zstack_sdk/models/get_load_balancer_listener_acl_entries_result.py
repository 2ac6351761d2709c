"""Result models: GetLoadBalancerListenerACLEntriesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetLoadBalancerListenerACLEntriesResult",
]


class GetLoadBalancerListenerACLEntriesResult(ZStackModel):
    """The result of GetLoadBalancerListenerACLEntries (ZStack's `GetLoadBalancerListenerACLEntriesResult`)."""

    error: ErrorCode | None = None

    inventories: dict[str, Any] | None = None
