"""Result models: SubscribeSNSTopicResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SubscribeSNSTopicResult",
]


class SubscribeSNSTopicResult(ZStackModel):
    """The result of SubscribeSNSTopic (ZStack's `SubscribeSNSTopicResult`)."""

    error: ErrorCode | None = None
