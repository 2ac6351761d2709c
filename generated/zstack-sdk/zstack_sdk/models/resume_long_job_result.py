"""Result models: ResumeLongJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .long_job_inventory import LongJobInventory

__all__ = [
    "ResumeLongJobResult",
]


class ResumeLongJobResult(ZStackModel):
    """The result of ResumeLongJob (ZStack's `ResumeLongJobResult`)."""

    error: ErrorCode | None = None

    inventory: LongJobInventory | None = None
