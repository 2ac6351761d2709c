"""Result models: AddIAM2VirtualIDsToProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddIAM2VirtualIDsToProjectResult",
]


class AddIAM2VirtualIDsToProjectResult(ZStackModel):
    """The result of AddIAM2VirtualIDsToProject (ZStack's `AddIAM2VirtualIDsToProjectResult`)."""

    error: ErrorCode | None = None
