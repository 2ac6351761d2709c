"""Result models: DeleteAliyunRouterInterfaceLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunRouterInterfaceLocalResult",
]


class DeleteAliyunRouterInterfaceLocalResult(ZStackModel):
    """The result of DeleteAliyunRouterInterfaceLocal (ZStack's `DeleteAliyunRouterInterfaceLocalResult`)."""

    error: ErrorCode | None = None
