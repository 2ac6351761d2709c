"""Result models: DownloadBackupFileFromPublicCloudResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "DownloadBackupFileFromPublicCloudResult",
]


class DownloadBackupFileFromPublicCloudResult(ZStackModel):
    """The ``DownloadBackupFileFromPublicCloudResult`` structure."""

    local: str | None = None
