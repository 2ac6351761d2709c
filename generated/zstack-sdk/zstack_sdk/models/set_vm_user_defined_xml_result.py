"""Result models: SetVmUserDefinedXmlResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "SetVmUserDefinedXmlResult",
]


class SetVmUserDefinedXmlResult(ZStackModel):
    """The ``SetVmUserDefinedXmlResult`` structure."""

    vm_user_defined_xml: str | None = None
