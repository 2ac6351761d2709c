"""Result models: DownloadBackupFileFromPublicCloudResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "DownloadBackupFileFromPublicCloudResult",
]


class DownloadBackupFileFromPublicCloudResult(ZStackModel):
    """The ``DownloadBackupFileFromPublicCloudResult`` structure."""

    local: str | None = None
