"""Result models: UpdateBareMetal2ProvisionNetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_provision_network_inventory import BareMetal2ProvisionNetworkInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateBareMetal2ProvisionNetworkResult",
]


class UpdateBareMetal2ProvisionNetworkResult(ZStackModel):
    """The result of UpdateBareMetal2ProvisionNetwork (ZStack's `UpdateBareMetal2ProvisionNetworkResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: BareMetal2ProvisionNetworkInventory | None = None
    """详情参考inventory (since 4.0.0)"""
