"""Result models: DeleteFirewallRuleSetResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteFirewallRuleSetResult",
]


class DeleteFirewallRuleSetResult(ZStackModel):
    """The result of DeleteFirewallRuleSet (ZStack's `DeleteFirewallRuleSetResult`)."""

    error: ErrorCode | None = None
