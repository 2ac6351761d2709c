"""Result models: DeleteAliyunNasAccessGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunNasAccessGroupResult",
]


class DeleteAliyunNasAccessGroupResult(ZStackModel):
    """The result of DeleteAliyunNasAccessGroup (ZStack's `DeleteAliyunNasAccessGroupResult`)."""

    error: ErrorCode | None = None
