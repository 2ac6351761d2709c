"""Result models: HybridEipAddressInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "HybridEipAddressInventory",
]


class HybridEipAddressInventory(ZStackModel):
    """ZStack's `HybridEipAddressInventory`."""

    allocate_resource_type: str | None = None

    allocate_resource_uuid: str | None = None

    allocate_time: ZStackDateTime | None = None

    band_width: str | None = None

    charge_type: str | None = None

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    eip_address: str | None = None

    eip_id: str | None = None

    eip_type: (
        Literal["aliyun", "privateAliyun", "daho", "AliyunNAS", "AliyunEBS", "AliyunSms"]
        | str
        | None
    ) = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    status: Literal["Available", "InUse", "Associating", "Unassociating"] | str | None = None

    uuid: str | None = None
