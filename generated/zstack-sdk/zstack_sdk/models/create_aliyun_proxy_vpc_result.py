"""Result models: CreateAliyunProxyVpcResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_proxy_vpc_inventory import AliyunProxyVpcInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAliyunProxyVpcResult",
]


class CreateAliyunProxyVpcResult(ZStackModel):
    """The result of CreateAliyunProxyVpc (ZStack's `CreateAliyunProxyVpcResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunProxyVpcInventory | None = None
