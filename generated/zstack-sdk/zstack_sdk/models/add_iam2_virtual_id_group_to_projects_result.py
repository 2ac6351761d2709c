"""Result models: AddIAM2VirtualIDGroupToProjectsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddIAM2VirtualIDGroupToProjectsResult",
]


class AddIAM2VirtualIDGroupToProjectsResult(ZStackModel):
    """The result of AddIAM2VirtualIDGroupToProjects (ZStack's `AddIAM2VirtualIDGroupToProjectsResult`)."""

    error: ErrorCode | None = None
