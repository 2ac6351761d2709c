"""Result models: RemoveActionFromEventSubscriptionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveActionFromEventSubscriptionResult",
]


class RemoveActionFromEventSubscriptionResult(ZStackModel):
    """The result of RemoveActionFromEventSubscription (ZStack's `RemoveActionFromEventSubscriptionResult`)."""

    error: ErrorCode | None = None
