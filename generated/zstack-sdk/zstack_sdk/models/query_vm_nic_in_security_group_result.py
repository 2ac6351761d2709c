"""Result models: QueryVmNicInSecurityGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_nic_security_group_ref_inventory import VmNicSecurityGroupRefInventory

__all__ = [
    "QueryVmNicInSecurityGroupResult",
]


class QueryVmNicInSecurityGroupResult(ZStackModel):
    """The result of QueryVmNicInSecurityGroup (ZStack's `QueryVmNicInSecurityGroupResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[VmNicSecurityGroupRefInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
