"""Result models: RemoveIAM2VirtualIDsFromProjectResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveIAM2VirtualIDsFromProjectResult",
]


class RemoveIAM2VirtualIDsFromProjectResult(ZStackModel):
    """The result of RemoveIAM2VirtualIDsFromProject (ZStack's `RemoveIAM2VirtualIDsFromProjectResult`)."""

    error: ErrorCode | None = None
