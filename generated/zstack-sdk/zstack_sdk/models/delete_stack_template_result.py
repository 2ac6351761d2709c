"""Result models: DeleteStackTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteStackTemplateResult",
]


class DeleteStackTemplateResult(ZStackModel):
    """The result of DeleteStackTemplate (ZStack's `DeleteStackTemplateResult`)."""

    error: ErrorCode | None = None
