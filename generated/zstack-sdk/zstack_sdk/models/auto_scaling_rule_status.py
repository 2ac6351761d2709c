"""Result models: AutoScalingRuleStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "AutoScalingRuleStatus",
]


class AutoScalingRuleStatus(ZStackModel):
    """The ``AutoScalingRuleStatus`` structure."""

    created: AutoScalingRuleStatus | None = Field(None, alias="Created")
    """已创建 (since 3.1.0)"""

    error: AutoScalingRuleStatus | None = Field(None, alias="Error")
    """Error (since 3.1.0)"""

    triggering: AutoScalingRuleStatus | None = Field(None, alias="Triggering")
    """已触发 (since 3.1.0)"""

    waiting_for_trigger: AutoScalingRuleStatus | None = Field(None, alias="WaitingForTrigger")
    """等待触发 (since 3.1.0)"""
