"""Result models: DeleteFirewallIpSetTemplateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteFirewallIpSetTemplateResult",
]


class DeleteFirewallIpSetTemplateResult(ZStackModel):
    """The result of DeleteFirewallIpSetTemplate (ZStack's `DeleteFirewallIpSetTemplateResult`)."""

    error: ErrorCode | None = None
