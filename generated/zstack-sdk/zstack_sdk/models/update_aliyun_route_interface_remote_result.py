"""Result models: UpdateAliyunRouteInterfaceRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateAliyunRouteInterfaceRemoteResult",
]


class UpdateAliyunRouteInterfaceRemoteResult(ZStackModel):
    """The result of UpdateAliyunRouteInterfaceRemote (ZStack's `UpdateAliyunRouteInterfaceRemoteResult`)."""

    error: ErrorCode | None = None
