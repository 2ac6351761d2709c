"""Result models: ApplyDRSAdviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ApplyDRSAdviceResult",
]


class ApplyDRSAdviceResult(ZStackModel):
    """The ``ApplyDRSAdviceResult`` structure."""

    vm_migration_activity_uuid: str | None = None
