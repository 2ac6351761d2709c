"""Result models: IdentityZoneInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IdentityZoneInventory",
]


class IdentityZoneInventory(ZStackModel):
    """ZStack's `IdentityZoneInventory`."""

    closed: str | None = None

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    type: (
        Literal["aliyun", "privateAliyun", "daho", "AliyunNAS", "AliyunEBS", "AliyunSms"]
        | str
        | None
    ) = None

    uuid: str | None = None

    zone_id: str | None = None

    zone_name: str | None = None
