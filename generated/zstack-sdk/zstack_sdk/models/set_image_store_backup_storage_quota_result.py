"""Result models: SetImageStoreBackupStorageQuotaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetImageStoreBackupStorageQuotaResult",
]


class SetImageStoreBackupStorageQuotaResult(ZStackModel):
    """The result of SetImageStoreBackupStorageQuota (ZStack's `SetImageStoreBackupStorageQuotaResult`)."""

    error: ErrorCode | None = None
