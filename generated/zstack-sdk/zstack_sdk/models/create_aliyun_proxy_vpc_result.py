"""Result models: CreateAliyunProxyVpcResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_proxy_vpc_inventory import AliyunProxyVpcInventory

__all__ = [
    "CreateAliyunProxyVpcResult",
]


class CreateAliyunProxyVpcResult(ZStackModel):
    """The ``CreateAliyunProxyVpcResult`` structure."""

    inventory: AliyunProxyVpcInventory | None = None
