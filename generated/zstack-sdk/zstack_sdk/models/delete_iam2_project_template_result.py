"""Result models: DeleteIAM2ProjectTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIAM2ProjectTemplateResult",
]


class DeleteIAM2ProjectTemplateResult(ZStackModel):
    """The result of DeleteIAM2ProjectTemplate (ZStack's `DeleteIAM2ProjectTemplateResult`)."""

    error: ErrorCode | None = None
