"""Result models: DeleteAliyunRouterInterfaceRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunRouterInterfaceRemoteResult",
]


class DeleteAliyunRouterInterfaceRemoteResult(ZStackModel):
    """The result of DeleteAliyunRouterInterfaceRemote (ZStack's `DeleteAliyunRouterInterfaceRemoteResult`)."""

    error: ErrorCode | None = None
