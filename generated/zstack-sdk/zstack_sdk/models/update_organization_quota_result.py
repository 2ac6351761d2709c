"""Result models: UpdateOrganizationQuotaResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .quota_inventory import QuotaInventory

__all__ = [
    "UpdateOrganizationQuotaResult",
]


class UpdateOrganizationQuotaResult(ZStackModel):
    """The result of UpdateOrganizationQuota (ZStack's `UpdateOrganizationQuotaResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.3.6)"""

    inventory: QuotaInventory | None = None
    """详情参考inventory (since 4.3.6)"""

    success: bool | None = None
    """success (since 4.3.6)"""
