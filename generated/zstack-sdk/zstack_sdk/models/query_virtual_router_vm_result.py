"""Result models: QueryVirtualRouterVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .appliance_vm_inventory import ApplianceVmInventory
from .error_code import ErrorCode

__all__ = [
    "QueryVirtualRouterVmResult",
]


class QueryVirtualRouterVmResult(ZStackModel):
    """The result of QueryVirtualRouterVm (ZStack's `QueryApplianceVmResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[ApplianceVmInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
