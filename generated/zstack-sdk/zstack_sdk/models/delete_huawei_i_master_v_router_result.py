"""Result models: DeleteHuaweiIMasterVRouterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHuaweiIMasterVRouterResult",
]


class DeleteHuaweiIMasterVRouterResult(ZStackModel):
    """The result of DeleteHuaweiIMasterVRouter."""

    error: ErrorCode | None = None
