"""Result models: RemoveIAM2VirtualIDGroupFromProjectsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveIAM2VirtualIDGroupFromProjectsResult",
]


class RemoveIAM2VirtualIDGroupFromProjectsResult(ZStackModel):
    """The result of RemoveIAM2VirtualIDGroupFromProjects (ZStack's `RemoveIAM2VirtualIDGroupFromProjectsResult`)."""

    error: ErrorCode | None = None
