"""Result models: OssBucketInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "OssBucketInventory",
]


class OssBucketInventory(ZStackModel):
    """ZStack's `OssBucketInventory`."""

    bucket_name: str | None = None

    create_date: ZStackDateTime | None = None

    current: str | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    region_name: str | None = None

    uuid: str | None = None
