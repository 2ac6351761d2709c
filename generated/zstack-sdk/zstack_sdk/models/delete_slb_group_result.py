"""Result models: DeleteSlbGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSlbGroupResult",
]


class DeleteSlbGroupResult(ZStackModel):
    """The result of DeleteSlbGroup (ZStack's `DeleteSlbGroupResult`)."""

    error: ErrorCode | None = None
