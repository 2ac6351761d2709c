"""Result models: GetVmXmlHookScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmXmlHookScriptResult",
]


class GetVmXmlHookScriptResult(ZStackModel):
    """The result of GetVmXmlHookScript (ZStack's `GetVmXmlHookScriptResult`)."""

    error: ErrorCode | None = None

    user_defined_xml_hook_script: str | None = None
