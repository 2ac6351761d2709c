"""Result models: DeleteIAM2VirtualIDResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIAM2VirtualIDResult",
]


class DeleteIAM2VirtualIDResult(ZStackModel):
    """The result of DeleteIAM2VirtualID (ZStack's `DeleteIAM2VirtualIDResult`)."""

    error: ErrorCode | None = None
