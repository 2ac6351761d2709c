"""Result models: UpdateEventRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_rule_template_inventory import EventRuleTemplateInventory

__all__ = [
    "UpdateEventRuleTemplateResult",
]


class UpdateEventRuleTemplateResult(ZStackModel):
    """The result of UpdateEventRuleTemplate (ZStack's `UpdateEventRuleTemplateResult`)."""

    error: ErrorCode | None = None

    inventory: EventRuleTemplateInventory | None = None
