"""Result models: GetVmsSchedulingStateFromSchedulingRuleResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmsSchedulingStateFromSchedulingRuleResult",
]


class GetVmsSchedulingStateFromSchedulingRuleResult(ZStackModel):
    """The result of GetVmsSchedulingStateFromSchedulingRule (ZStack's `GetVmsSchedulingStateFromSchedulingRuleResult`)."""

    error: ErrorCode | None = None

    rule_map_state: dict[str, Any] | None = None
