"""Result models: QueryVmNicSecurityPolicyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_nic_security_policy_inventory import VmNicSecurityPolicyInventory

__all__ = [
    "QueryVmNicSecurityPolicyResult",
]


class QueryVmNicSecurityPolicyResult(ZStackModel):
    """The result of QueryVmNicSecurityPolicy (ZStack's `QueryVmNicSecurityPolicyResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.7.21)"""

    inventories: list[VmNicSecurityPolicyInventory] | None = None
    """详情参考inventory (since 4.7.21)"""

    success: bool | None = None
    """success (since 4.7.21)"""

    total: int | None = None
