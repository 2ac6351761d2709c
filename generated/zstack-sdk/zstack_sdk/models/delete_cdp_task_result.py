"""Result models: DeleteCdpTaskResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteCdpTaskResult",
]


class DeleteCdpTaskResult(ZStackModel):
    """The result of DeleteCdpTask (ZStack's `DeleteCdpTaskResult`)."""

    error: ErrorCode | None = None
