"""Result models: GetImagesFromImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GetImagesFromImageStoreBackupStorageResult",
]


class GetImagesFromImageStoreBackupStorageResult(ZStackModel):
    """The ``GetImagesFromImageStoreBackupStorageResult`` structure."""

    infos: list[Any] | None = None
