"""Result models: VpcVpnGatewayInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcVpnGatewayInventory",
]


class VpcVpnGatewayInventory(ZStackModel):
    """ZStack's `VpcVpnGatewayInventory`."""

    account_name: str | None = None

    business_status: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    end_date: ZStackDateTime | None = None

    gateway_id: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    public_ip: str | None = None

    spec: str | None = None

    status: str | None = None

    type: (
        Literal["aliyun", "privateAliyun", "daho", "AliyunNAS", "AliyunEBS", "AliyunSms"]
        | str
        | None
    ) = None

    uuid: str | None = None

    v_switch_uuid: str | None = None
