"""Result models: RerunLongJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .long_job_inventory import LongJobInventory

__all__ = [
    "RerunLongJobResult",
]


class RerunLongJobResult(ZStackModel):
    """The result of RerunLongJob (ZStack's `RerunLongJobResult`)."""

    error: ErrorCode | None = None

    inventory: LongJobInventory | None = None
