"""Result models: AddEventRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .event_rule_template_inventory import EventRuleTemplateInventory

__all__ = [
    "AddEventRuleTemplateResult",
]


class AddEventRuleTemplateResult(ZStackModel):
    """The result of AddEventRuleTemplate (ZStack's `AddEventRuleTemplateResult`)."""

    error: ErrorCode | None = None

    inventory: EventRuleTemplateInventory | None = None
