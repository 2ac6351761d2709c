"""Result models: DeleteLogConfigurationResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteLogConfigurationResult",
]


class DeleteLogConfigurationResult(ZStackModel):
    """The result of DeleteLogConfiguration (ZStack's `DeleteLogConfigurationResult`)."""

    error: ErrorCode | None = None
