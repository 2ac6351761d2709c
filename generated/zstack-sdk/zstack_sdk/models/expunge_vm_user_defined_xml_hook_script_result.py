"""Result models: ExpungeVmUserDefinedXmlHookScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExpungeVmUserDefinedXmlHookScriptResult",
]


class ExpungeVmUserDefinedXmlHookScriptResult(ZStackModel):
    """The result of ExpungeVmUserDefinedXmlHookScript (ZStack's `ExpungeVmUserDefinedXmlHookScriptResult`)."""

    error: ErrorCode | None = None
