"""Result models: RemoveAttributesFromIAM2VirtualIDResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveAttributesFromIAM2VirtualIDResult",
]


class RemoveAttributesFromIAM2VirtualIDResult(ZStackModel):
    """The result of RemoveAttributesFromIAM2VirtualID (ZStack's `RemoveAttributesFromIAM2VirtualIDResult`)."""

    error: ErrorCode | None = None
