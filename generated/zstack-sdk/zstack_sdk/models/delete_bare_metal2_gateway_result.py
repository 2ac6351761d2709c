"""Result models: DeleteBareMetal2GatewayResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBareMetal2GatewayResult",
]


class DeleteBareMetal2GatewayResult(ZStackModel):
    """The result of DeleteBareMetal2Gateway (ZStack's `DeleteBareMetal2GatewayResult`)."""

    error: ErrorCode | None = None
