"""Result models: QueryHuaweiIMasterTenantResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .huawei_i_master_tenant_inventory import HuaweiIMasterTenantInventory

__all__ = [
    "QueryHuaweiIMasterTenantResult",
]


class QueryHuaweiIMasterTenantResult(ZStackModel):
    """The result of QueryHuaweiIMasterTenant."""

    error: ErrorCode | None = None
    """详情参考error (since 5.4.0)"""

    inventories: list[HuaweiIMasterTenantInventory] | None = None
    """详情参考inventories (since 5.4.0)"""

    success: bool | None = None
    """操作是否成功 (since 5.4.0)"""

    total: int | None = None
    """Number of matches (count / reply_with_count)"""
