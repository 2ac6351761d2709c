"""Result models: AliyunProxyVSwitchInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "AliyunProxyVSwitchInventory",
]


class AliyunProxyVSwitchInventory(ZStackModel):
    """ZStack's `AliyunProxyVSwitchInventory`."""

    aliyun_proxy_vpc_uuid: str | None = None

    is_default: bool | None = None

    status: str | None = None

    uuid: str | None = None

    vpc_l3_network_uuid: str | None = None
