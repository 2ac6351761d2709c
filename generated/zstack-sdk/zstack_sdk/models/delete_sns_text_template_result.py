"""Result models: DeleteSNSTextTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSNSTextTemplateResult",
]


class DeleteSNSTextTemplateResult(ZStackModel):
    """The result of DeleteSNSTextTemplate (ZStack's `DeleteSNSTextTemplateResult`)."""

    error: ErrorCode | None = None
