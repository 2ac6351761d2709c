"""Result models: DeletePreconfigurationTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeletePreconfigurationTemplateResult",
]


class DeletePreconfigurationTemplateResult(ZStackModel):
    """The result of DeletePreconfigurationTemplate (ZStack's `DeletePreconfigurationTemplateResult`)."""

    error: ErrorCode | None = None
