"""Result models: VpcVpnConnectionInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VpcVpnConnectionInventory",
]


class VpcVpnConnectionInventory(ZStackModel):
    """ZStack's `VpcVpnConnectionInventory`."""

    account_name: str | None = None

    connection_id: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    ike_config_uuid: str | None = None

    ipsec_config_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    local_subnet: str | None = None

    name: str | None = None

    remote_subnet: str | None = None

    status: str | None = None

    type: (
        Literal["aliyun", "privateAliyun", "daho", "AliyunNAS", "AliyunEBS", "AliyunSms"]
        | str
        | None
    ) = None

    user_gateway_uuid: str | None = None

    uuid: str | None = None

    vpn_gateway_uuid: str | None = None
