"""Result models: RemoveAttributesFromIAM2VirtualIDGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveAttributesFromIAM2VirtualIDGroupResult",
]


class RemoveAttributesFromIAM2VirtualIDGroupResult(ZStackModel):
    """The result of RemoveAttributesFromIAM2VirtualIDGroup (ZStack's `RemoveAttributesFromIAM2VirtualIDGroupResult`)."""

    error: ErrorCode | None = None
