"""Result models: DeleteAutoScalingTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAutoScalingTemplateResult",
]


class DeleteAutoScalingTemplateResult(ZStackModel):
    """The result of DeleteAutoScalingTemplate (ZStack's `DeleteAutoScalingTemplateResult`)."""

    error: ErrorCode | None = None
