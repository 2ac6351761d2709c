"""Result models: DetachUserDefinedXmlHookScriptFromVmResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachUserDefinedXmlHookScriptFromVmResult",
]


class DetachUserDefinedXmlHookScriptFromVmResult(ZStackModel):
    """The result of DetachUserDefinedXmlHookScriptFromVm (ZStack's `DetachUserDefinedXmlHookScriptFromVmResult`)."""

    error: ErrorCode | None = None
