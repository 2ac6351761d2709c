"""Result models: TriggerGCJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "TriggerGCJobResult",
]


class TriggerGCJobResult(ZStackModel):
    """The result of TriggerGCJob (ZStack's `TriggerGCJobResult`)."""

    error: ErrorCode | None = None
