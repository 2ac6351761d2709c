"""Result models: ReloadExternalServiceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ReloadExternalServiceResult",
]


class ReloadExternalServiceResult(ZStackModel):
    """The result of ReloadExternalService (ZStack's `ReloadExternalServiceResult`)."""

    error: ErrorCode | None = None
