"""Result models: DataCenterInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "DataCenterInventory",
]


class DataCenterInventory(ZStackModel):
    """ZStack's `DataCenterInventory`."""

    create_date: ZStackDateTime | None = None

    dc_type: (
        Literal["aliyun", "privateAliyun", "daho", "AliyunNAS", "AliyunEBS", "AliyunSms"]
        | str
        | None
    ) = None

    deleted: str | None = None

    description: str | None = None

    endpoint: str | None = None

    last_op_date: ZStackDateTime | None = None

    region_id: str | None = None

    region_name: str | None = None

    uuid: str | None = None
