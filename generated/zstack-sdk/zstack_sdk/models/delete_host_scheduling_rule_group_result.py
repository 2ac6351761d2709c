"""Result models: DeleteHostSchedulingRuleGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHostSchedulingRuleGroupResult",
]


class DeleteHostSchedulingRuleGroupResult(ZStackModel):
    """The result of DeleteHostSchedulingRuleGroup (ZStack's `DeleteHostSchedulingRuleGroupResult`)."""

    error: ErrorCode | None = None
