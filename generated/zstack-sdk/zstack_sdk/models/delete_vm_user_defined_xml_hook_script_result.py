"""Result models: DeleteVmUserDefinedXmlHookScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmUserDefinedXmlHookScriptResult",
]


class DeleteVmUserDefinedXmlHookScriptResult(ZStackModel):
    """The result of DeleteVmUserDefinedXmlHookScript (ZStack's `DeleteVmUserDefinedXmlHookScriptResult`)."""

    error: ErrorCode | None = None
