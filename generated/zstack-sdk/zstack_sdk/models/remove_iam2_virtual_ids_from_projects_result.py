"""Result models: RemoveIAM2VirtualIDsFromProjectsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveIAM2VirtualIDsFromProjectsResult",
]


class RemoveIAM2VirtualIDsFromProjectsResult(ZStackModel):
    """The result of RemoveIAM2VirtualIDsFromProjects (ZStack's `RemoveIAM2VirtualIDsFromProjectsResult`)."""

    error: ErrorCode | None = None
