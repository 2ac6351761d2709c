"""Result models: RemoveRolesFromIAM2VirtualIDGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveRolesFromIAM2VirtualIDGroupResult",
]


class RemoveRolesFromIAM2VirtualIDGroupResult(ZStackModel):
    """The result of RemoveRolesFromIAM2VirtualIDGroup (ZStack's `RemoveRolesFromIAM2VirtualIDGroupResult`)."""

    error: ErrorCode | None = None
