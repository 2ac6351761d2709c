"""Result models: RemoveRolesFromIAM2VirtualIDResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveRolesFromIAM2VirtualIDResult",
]


class RemoveRolesFromIAM2VirtualIDResult(ZStackModel):
    """The result of RemoveRolesFromIAM2VirtualID (ZStack's `RemoveRolesFromIAM2VirtualIDResult`)."""

    error: ErrorCode | None = None
