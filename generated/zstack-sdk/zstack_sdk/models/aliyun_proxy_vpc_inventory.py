"""Result models: AliyunProxyVpcInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AliyunProxyVpcInventory",
]


class AliyunProxyVpcInventory(ZStackModel):
    """ZStack's `AliyunProxyVpcInventory`."""

    aliyun_proxy_v_switches: list[Any] | None = None

    cidr_block: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    is_default: bool | None = None

    last_op_date: ZStackDateTime | None = None

    status: str | None = None

    uuid: str | None = None

    v_router_uuid: str | None = None

    vpc_name: str | None = None
