"""Result models: GetImagesFromImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetImagesFromImageStoreBackupStorageResult",
]


class GetImagesFromImageStoreBackupStorageResult(ZStackModel):
    """The ``GetImagesFromImageStoreBackupStorageResult`` structure."""

    infos: list[Any] | None = None
