"""Result models: UnsubscribeSNSTopicResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UnsubscribeSNSTopicResult",
]


class UnsubscribeSNSTopicResult(ZStackModel):
    """The result of UnsubscribeSNSTopic (ZStack's `UnsubscribeSNSTopicResult`)."""

    error: ErrorCode | None = None
