"""Result models: DeleteVmUserDefinedXmlResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmUserDefinedXmlResult",
]


class DeleteVmUserDefinedXmlResult(ZStackModel):
    """The result of DeleteVmUserDefinedXml (ZStack's `DeleteVmUserDefinedXmlResult`)."""

    error: ErrorCode | None = None
