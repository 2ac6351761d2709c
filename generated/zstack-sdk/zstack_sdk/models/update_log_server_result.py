"""Result models: UpdateLogServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UpdateLogServerResult",
]


class UpdateLogServerResult(ZStackModel):
    """The result of UpdateLogServer."""

    error: ErrorCode | None = None
