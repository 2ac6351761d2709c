"""Result models: SetVmUserDefinedXmlResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetVmUserDefinedXmlResult",
]


class SetVmUserDefinedXmlResult(ZStackModel):
    """The result of SetVmUserDefinedXml (ZStack's `SetVmUserDefinedXmlResult`)."""

    error: ErrorCode | None = None

    vm_user_defined_xml: str | None = None
