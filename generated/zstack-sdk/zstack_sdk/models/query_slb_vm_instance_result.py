"""Result models: QuerySlbVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .slb_vm_instance_inventory import SlbVmInstanceInventory

__all__ = [
    "QuerySlbVmInstanceResult",
]


class QuerySlbVmInstanceResult(ZStackModel):
    """The result of QuerySlbVmInstance (ZStack's `QuerySlbVmInstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.1.0)"""

    inventories: list[SlbVmInstanceInventory] | None = None
    """详情参考inventories (since 5.1.0)"""

    success: bool | None = None
    """success (since 5.1.0)"""

    total: int | None = None
