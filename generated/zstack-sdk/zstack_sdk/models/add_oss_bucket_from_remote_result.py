"""Result models: AddOssBucketFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .oss_bucket_inventory import OssBucketInventory

__all__ = [
    "AddOssBucketFromRemoteResult",
]


class AddOssBucketFromRemoteResult(ZStackModel):
    """The ``AddOssBucketFromRemoteResult`` structure."""

    inventory: OssBucketInventory | None = None
