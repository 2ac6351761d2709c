"""Result models: CreateBareMetal2ProvisionNetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_provision_network_inventory import BareMetal2ProvisionNetworkInventory
from .error_code import ErrorCode

__all__ = [
    "CreateBareMetal2ProvisionNetworkResult",
]


class CreateBareMetal2ProvisionNetworkResult(ZStackModel):
    """The result of CreateBareMetal2ProvisionNetwork (ZStack's `CreateBareMetal2ProvisionNetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: BareMetal2ProvisionNetworkInventory | None = None
    """详情参考inventory (since 4.0.0)"""
