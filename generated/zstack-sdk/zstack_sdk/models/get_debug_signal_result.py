"""Result models: GetDebugSignalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GetDebugSignalResult",
]


class GetDebugSignalResult(ZStackModel):
    """The ``GetDebugSignalResult`` structure."""

    signals: list[Any] | None = None
