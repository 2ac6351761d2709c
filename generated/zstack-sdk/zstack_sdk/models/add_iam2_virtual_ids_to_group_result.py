"""Result models: AddIAM2VirtualIDsToGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddIAM2VirtualIDsToGroupResult",
]


class AddIAM2VirtualIDsToGroupResult(ZStackModel):
    """The result of AddIAM2VirtualIDsToGroup (ZStack's `AddIAM2VirtualIDToGroupResult`)."""

    error: ErrorCode | None = None
