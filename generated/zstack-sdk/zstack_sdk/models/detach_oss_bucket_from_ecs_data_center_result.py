"""Result models: DetachOssBucketFromEcsDataCenterResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .oss_bucket_inventory import OssBucketInventory

__all__ = [
    "DetachOssBucketFromEcsDataCenterResult",
]


class DetachOssBucketFromEcsDataCenterResult(ZStackModel):
    """The result of DetachOssBucketFromEcsDataCenter (ZStack's `DetachOssBucketFromEcsDataCenterResult`)."""

    error: ErrorCode | None = None

    inventory: OssBucketInventory | None = None
