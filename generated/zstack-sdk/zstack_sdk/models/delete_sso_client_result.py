"""Result models: DeleteSSOClientResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSSOClientResult",
]


class DeleteSSOClientResult(ZStackModel):
    """The result of DeleteSSOClient (ZStack's `DeleteSSOClientResult`)."""

    error: ErrorCode | None = None
