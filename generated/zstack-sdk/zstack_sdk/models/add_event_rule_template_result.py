"""Result models: AddEventRuleTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .event_rule_template_inventory import EventRuleTemplateInventory

__all__ = [
    "AddEventRuleTemplateResult",
]


class AddEventRuleTemplateResult(ZStackModel):
    """The ``AddEventRuleTemplateResult`` structure."""

    inventory: EventRuleTemplateInventory | None = None
