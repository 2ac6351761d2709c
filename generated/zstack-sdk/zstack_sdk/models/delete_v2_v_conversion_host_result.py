"""Result models: DeleteV2VConversionHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteV2VConversionHostResult",
]


class DeleteV2VConversionHostResult(ZStackModel):
    """The result of DeleteV2VConversionHost (ZStack's `DeleteV2VConversionHostResult`)."""

    error: ErrorCode | None = None
