"""Result models: GetVpcAttachedPortForwardingRulesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVpcAttachedPortForwardingRulesResult",
]


class GetVpcAttachedPortForwardingRulesResult(ZStackModel):
    """The result of GetVpcAttachedPortForwardingRules (ZStack's `GetVpcAttachedPortForwardingRulesResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
