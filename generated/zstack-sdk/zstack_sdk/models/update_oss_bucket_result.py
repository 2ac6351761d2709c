"""Result models: UpdateOssBucketResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .oss_bucket_inventory import OssBucketInventory

__all__ = [
    "UpdateOssBucketResult",
]


class UpdateOssBucketResult(ZStackModel):
    """The result of UpdateOssBucket (ZStack's `UpdateOssBucketResult`)."""

    error: ErrorCode | None = None

    inventory: OssBucketInventory | None = None
