"""Result models: GetVmsSchedulingStateFromSchedulingRuleResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GetVmsSchedulingStateFromSchedulingRuleResult",
]


class GetVmsSchedulingStateFromSchedulingRuleResult(ZStackModel):
    """The ``GetVmsSchedulingStateFromSchedulingRuleResult`` structure."""

    rule_map_state: dict[str, Any] | None = None
