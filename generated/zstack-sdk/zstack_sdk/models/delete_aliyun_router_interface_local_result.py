"""Result models: DeleteAliyunRouterInterfaceLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunRouterInterfaceLocalResult",
]


class DeleteAliyunRouterInterfaceLocalResult(ZStackModel):
    """The result of DeleteAliyunRouterInterfaceLocal (ZStack's `DeleteAliyunRouterInterfaceLocalResult`)."""

    error: ErrorCode | None = None
