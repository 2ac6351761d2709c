"""Result models: DeletePublishAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePublishAppResult",
]


class DeletePublishAppResult(ZStackModel):
    """The result of DeletePublishApp (ZStack's `DeletePublishAppResult`)."""

    error: ErrorCode | None = None
