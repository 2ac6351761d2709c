"""Result models: PullSdnControllerTenantResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .pull_sdn_controller_tenant_inventory import PullSdnControllerTenantInventory

__all__ = [
    "PullSdnControllerTenantResult",
]


class PullSdnControllerTenantResult(ZStackModel):
    """The result of PullSdnControllerTenant."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.3.28)"""

    inventories: list[PullSdnControllerTenantInventory] | None = None
    """详情参考inventories (since 5.3.28)"""

    success: bool | None = None
    """success (since 5.3.28)"""
