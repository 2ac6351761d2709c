"""Result models: AddVmToVmSchedulingRuleGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddVmToVmSchedulingRuleGroupResult",
]


class AddVmToVmSchedulingRuleGroupResult(ZStackModel):
    """The result of AddVmToVmSchedulingRuleGroup (ZStack's `AddVmToVmSchedulingRuleGroupResult`)."""

    error: ErrorCode | None = None
