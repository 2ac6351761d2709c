"""Result models: QueryKvmHypervisorInfoResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .kvm_hypervisor_info_inventory import KvmHypervisorInfoInventory

__all__ = [
    "QueryKvmHypervisorInfoResult",
]


class QueryKvmHypervisorInfoResult(ZStackModel):
    """The result of QueryKvmHypervisorInfo (ZStack's `QueryKvmHypervisorInfoResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.6.21)"""

    inventories: list[KvmHypervisorInfoInventory] | None = None
    """详情参考inventories (since 4.6.21)"""

    success: bool | None = None
    """查询是否成功 (since 4.6.21)"""

    total: int | None = None
