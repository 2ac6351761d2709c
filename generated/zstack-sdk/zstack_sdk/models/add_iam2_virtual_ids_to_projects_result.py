"""Result models: AddIAM2VirtualIDsToProjectsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddIAM2VirtualIDsToProjectsResult",
]


class AddIAM2VirtualIDsToProjectsResult(ZStackModel):
    """The result of AddIAM2VirtualIDsToProjects (ZStack's `AddIAM2VirtualIDsToProjectsResult`)."""

    error: ErrorCode | None = None
