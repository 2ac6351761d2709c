"""Result models: GetVmXmlHookScriptResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GetVmXmlHookScriptResult",
]


class GetVmXmlHookScriptResult(ZStackModel):
    """The ``GetVmXmlHookScriptResult`` structure."""

    user_defined_xml_hook_script: str | None = None
