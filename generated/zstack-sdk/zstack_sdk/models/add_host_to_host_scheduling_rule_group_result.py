"""Result models: AddHostToHostSchedulingRuleGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddHostToHostSchedulingRuleGroupResult",
]


class AddHostToHostSchedulingRuleGroupResult(ZStackModel):
    """The result of AddHostToHostSchedulingRuleGroup (ZStack's `AddHostToHostSchedulingRuleGroupResult`)."""

    error: ErrorCode | None = None
