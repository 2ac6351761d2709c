"""Result models: DeleteTagResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteTagResult",
]


class DeleteTagResult(ZStackModel):
    """The result of DeleteTag (ZStack's `DeleteTagResult`)."""

    error: ErrorCode | None = None
