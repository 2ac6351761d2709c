"""Result models: CreateOssBucketRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .oss_bucket_inventory import OssBucketInventory

__all__ = [
    "CreateOssBucketRemoteResult",
]


class CreateOssBucketRemoteResult(ZStackModel):
    """The result of CreateOssBucketRemote (ZStack's `CreateOssBucketRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: OssBucketInventory | None = None
