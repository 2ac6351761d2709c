"""Result models: AliyunPanguPartitionInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AliyunPanguPartitionInventory",
]


class AliyunPanguPartitionInventory(ZStackModel):
    """ZStack's `AliyunPanguPartitionInventory`."""

    account_uuid: str | None = None

    app_name: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    identity_zone_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    partition_name: str | None = None

    uuid: str | None = None
