"""Result models: GetVmXmlResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmXmlResult",
]


class GetVmXmlResult(ZStackModel):
    """The result of GetVmXml (ZStack's `GetVmXmlResult`)."""

    error: ErrorCode | None = None

    match_: bool | None = None

    running_xml: str | None = None

    user_defined_xml: str | None = None
