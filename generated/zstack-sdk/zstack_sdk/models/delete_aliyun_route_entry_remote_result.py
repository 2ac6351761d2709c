"""Result models: DeleteAliyunRouteEntryRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunRouteEntryRemoteResult",
]


class DeleteAliyunRouteEntryRemoteResult(ZStackModel):
    """The result of DeleteAliyunRouteEntryRemote (ZStack's `DeleteAliyunRouteEntryRemoteResult`)."""

    error: ErrorCode | None = None
