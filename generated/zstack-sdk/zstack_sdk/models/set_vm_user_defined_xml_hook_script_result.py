"""Result models: SetVmUserDefinedXmlHookScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "SetVmUserDefinedXmlHookScriptResult",
]


class SetVmUserDefinedXmlHookScriptResult(ZStackModel):
    """The ``SetVmUserDefinedXmlHookScriptResult`` structure."""

    vm_user_defined_xml_hook_script: str | None = None
