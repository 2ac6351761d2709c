"""Result models: DeleteSNSTopicResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSNSTopicResult",
]


class DeleteSNSTopicResult(ZStackModel):
    """The result of DeleteSNSTopic (ZStack's `DeleteSNSTopicResult`)."""

    error: ErrorCode | None = None
