"""Result models: AttachOssBucketToEcsDataCenterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .oss_bucket_inventory import OssBucketInventory

__all__ = [
    "AttachOssBucketToEcsDataCenterResult",
]


class AttachOssBucketToEcsDataCenterResult(ZStackModel):
    """The result of AttachOssBucketToEcsDataCenter (ZStack's `AttachOssBucketToEcsDataCenterResult`)."""

    error: ErrorCode | None = None

    inventory: OssBucketInventory | None = None
