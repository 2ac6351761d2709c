"""Result models: UpdateAliyunProxyVpcResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_proxy_vpc_inventory import AliyunProxyVpcInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAliyunProxyVpcResult",
]


class UpdateAliyunProxyVpcResult(ZStackModel):
    """The result of UpdateAliyunProxyVpc (ZStack's `UpdateAliyunProxyVpcResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunProxyVpcInventory | None = None
