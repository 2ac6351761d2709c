"""Result models: AttachUserDefinedXmlHookScriptToVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AttachUserDefinedXmlHookScriptToVmResult",
]


class AttachUserDefinedXmlHookScriptToVmResult(ZStackModel):
    """The result of AttachUserDefinedXmlHookScriptToVm (ZStack's `AttachUserDefinedXmlHookScriptToVmResult`)."""

    error: ErrorCode | None = None
