"""Result models: GetVmsSchedulingStateFromSchedulingRuleResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetVmsSchedulingStateFromSchedulingRuleResult",
]


class GetVmsSchedulingStateFromSchedulingRuleResult(ZStackModel):
    """The ``GetVmsSchedulingStateFromSchedulingRuleResult`` structure."""

    rule_map_state: dict[str, Any] | None = None
