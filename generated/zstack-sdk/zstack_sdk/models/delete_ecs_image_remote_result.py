"""Result models: DeleteEcsImageRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsImageRemoteResult",
]


class DeleteEcsImageRemoteResult(ZStackModel):
    """The result of DeleteEcsImageRemote (ZStack's `DeleteEcsImageRemoteResult`)."""

    error: ErrorCode | None = None
