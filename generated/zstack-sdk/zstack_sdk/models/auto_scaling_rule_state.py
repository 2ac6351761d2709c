"""Result models: AutoScalingRuleState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "AutoScalingRuleState",
]


class AutoScalingRuleState(ZStackModel):
    """The ``AutoScalingRuleState`` structure."""

    disabled: AutoScalingRuleState | None = Field(None, alias="Disabled")
    """关闭状态 (since 3.1.0)"""

    enabled: AutoScalingRuleState | None = Field(None, alias="Enabled")
    """启用状态 (since 3.1.0)"""
