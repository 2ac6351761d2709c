"""Result models: RemoveIAM2VirtualIDsFromGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveIAM2VirtualIDsFromGroupResult",
]


class RemoveIAM2VirtualIDsFromGroupResult(ZStackModel):
    """The result of RemoveIAM2VirtualIDsFromGroup (ZStack's `RemoveIAM2VirtualIDsFromGroupResult`)."""

    error: ErrorCode | None = None
