"""Result models: AddOssBucketFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .oss_bucket_inventory import OssBucketInventory

__all__ = [
    "AddOssBucketFromRemoteResult",
]


class AddOssBucketFromRemoteResult(ZStackModel):
    """The result of AddOssBucketFromRemote (ZStack's `AddOssBucketFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: OssBucketInventory | None = None
