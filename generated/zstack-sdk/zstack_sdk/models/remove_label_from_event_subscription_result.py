"""Result models: RemoveLabelFromEventSubscriptionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveLabelFromEventSubscriptionResult",
]


class RemoveLabelFromEventSubscriptionResult(ZStackModel):
    """The result of RemoveLabelFromEventSubscription (ZStack's `RemoveLabelFromEventSubscriptionResult`)."""

    error: ErrorCode | None = None
