"""Result models: GetImagesFromImageStoreBackupStorageResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetImagesFromImageStoreBackupStorageResult",
]


class GetImagesFromImageStoreBackupStorageResult(ZStackModel):
    """The result of GetImagesFromImageStoreBackupStorage (ZStack's `GetImagesFromImageStoreBackupStorageResult`)."""

    error: ErrorCode | None = None

    infos: list[Any] | None = None
