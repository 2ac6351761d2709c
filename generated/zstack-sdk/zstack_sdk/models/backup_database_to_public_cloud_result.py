"""Result models: BackupDatabaseToPublicCloudResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "BackupDatabaseToPublicCloudResult",
]


class BackupDatabaseToPublicCloudResult(ZStackModel):
    """The ``BackupDatabaseToPublicCloudResult`` structure."""

    local: str | None = None

    region_id: str | None = None

    remote: str | None = None
