"""Result models: RemoveLabelFromEventSubscriptionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveLabelFromEventSubscriptionResult",
]


class RemoveLabelFromEventSubscriptionResult(ZStackModel):
    """The result of RemoveLabelFromEventSubscription (ZStack's `RemoveLabelFromEventSubscriptionResult`)."""

    error: ErrorCode | None = None
