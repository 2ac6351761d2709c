"""Result models: SetVmUserDefinedXmlHookScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmUserDefinedXmlHookScriptResult",
]


class SetVmUserDefinedXmlHookScriptResult(ZStackModel):
    """The result of SetVmUserDefinedXmlHookScript (ZStack's `SetVmUserDefinedXmlHookScriptResult`)."""

    error: ErrorCode | None = None

    vm_user_defined_xml_hook_script: str | None = None
