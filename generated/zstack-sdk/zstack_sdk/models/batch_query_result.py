"""Result models: BatchQueryResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "BatchQueryResult",
]


class BatchQueryResult(ZStackModel):
    """The ``BatchQueryResult`` structure."""

    result: dict[str, Any] | None = None
