"""Result models: DeleteVmSchedulingRuleGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmSchedulingRuleGroupResult",
]


class DeleteVmSchedulingRuleGroupResult(ZStackModel):
    """The result of DeleteVmSchedulingRuleGroup (ZStack's `DeleteVmSchedulingRuleGroupResult`)."""

    error: ErrorCode | None = None
