"""Result models: RemoveSdnControllerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveSdnControllerResult",
]


class RemoveSdnControllerResult(ZStackModel):
    """The result of RemoveSdnController (ZStack's `RemoveSdnControllerResult`)."""

    error: ErrorCode | None = None
