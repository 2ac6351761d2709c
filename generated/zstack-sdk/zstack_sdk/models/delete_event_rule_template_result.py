"""Result models: DeleteEventRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEventRuleTemplateResult",
]


class DeleteEventRuleTemplateResult(ZStackModel):
    """The result of DeleteEventRuleTemplate (ZStack's `DeleteEventRuleTemplateResult`)."""

    error: ErrorCode | None = None
