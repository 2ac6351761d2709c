"""Result models: VpcUserVpnGatewayInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcUserVpnGatewayInventory",
]


class VpcUserVpnGatewayInventory(ZStackModel):
    """ZStack's `VpcUserVpnGatewayInventory`."""

    account_name: str | None = None

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    gateway_id: str | None = None

    ip: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    type: (
        Literal["aliyun", "privateAliyun", "daho", "AliyunNAS", "AliyunEBS", "AliyunSms"]
        | str
        | None
    ) = None

    uuid: str | None = None
