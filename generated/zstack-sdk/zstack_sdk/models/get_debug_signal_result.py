"""Result models: GetDebugSignalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetDebugSignalResult",
]


class GetDebugSignalResult(ZStackModel):
    """The ``GetDebugSignalResult`` structure."""

    signals: list[Any] | None = None
