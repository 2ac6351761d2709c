"""Result models: SetVmUserDefinedXmlResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SetVmUserDefinedXmlResult",
]


class SetVmUserDefinedXmlResult(ZStackModel):
    """The ``SetVmUserDefinedXmlResult`` structure."""

    vm_user_defined_xml: str | None = None
