"""Result models: DeleteEcsVSwitchRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsVSwitchRemoteResult",
]


class DeleteEcsVSwitchRemoteResult(ZStackModel):
    """The result of DeleteEcsVSwitchRemote (ZStack's `DeleteEcsVSwitchRemoteResult`)."""

    error: ErrorCode | None = None
