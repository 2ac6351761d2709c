"""Result models: DeleteFirewallResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteFirewallResult",
]


class DeleteFirewallResult(ZStackModel):
    """The result of DeleteFirewall (ZStack's `DeleteFirewallResult`)."""

    error: ErrorCode | None = None
