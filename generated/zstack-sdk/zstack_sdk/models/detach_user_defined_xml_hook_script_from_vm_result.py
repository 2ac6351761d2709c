"""Result models: DetachUserDefinedXmlHookScriptFromVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachUserDefinedXmlHookScriptFromVmResult",
]


class DetachUserDefinedXmlHookScriptFromVmResult(ZStackModel):
    """The result of DetachUserDefinedXmlHookScriptFromVm (ZStack's `DetachUserDefinedXmlHookScriptFromVmResult`)."""

    error: ErrorCode | None = None
