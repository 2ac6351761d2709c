"""Result models: DeleteIAM2VirtualIDGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIAM2VirtualIDGroupResult",
]


class DeleteIAM2VirtualIDGroupResult(ZStackModel):
    """The result of DeleteIAM2VirtualIDGroup (ZStack's `DeleteIAM2VirtualIDGroupResult`)."""

    error: ErrorCode | None = None
