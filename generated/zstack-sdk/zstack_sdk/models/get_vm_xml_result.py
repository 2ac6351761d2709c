"""Result models: GetVmXmlResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GetVmXmlResult",
]


class GetVmXmlResult(ZStackModel):
    """The ``GetVmXmlResult`` structure."""

    match_: bool | None = None

    running_xml: str | None = None

    user_defined_xml: str | None = None
