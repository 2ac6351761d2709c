"""Result models: RerunLongJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .long_job_inventory import LongJobInventory

__all__ = [
    "RerunLongJobResult",
]


class RerunLongJobResult(ZStackModel):
    """The ``RerunLongJobResult`` structure."""

    inventory: LongJobInventory | None = None
