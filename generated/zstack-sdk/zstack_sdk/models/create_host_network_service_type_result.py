"""Result models: CreateHostNetworkServiceTypeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .host_network_label_inventory import HostNetworkLabelInventory

__all__ = [
    "CreateHostNetworkServiceTypeResult",
]


class CreateHostNetworkServiceTypeResult(ZStackModel):
    """The result of CreateHostNetworkServiceType."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.3.0)"""

    inventory: HostNetworkLabelInventory | None = None
    """详情参考inventory (since 5.3.0)"""

    success: bool | None = None
    """success (since 5.3.0)"""
