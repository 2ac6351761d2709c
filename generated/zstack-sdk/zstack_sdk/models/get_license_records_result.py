"""Result models: GetLicenseRecordsResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .license_inventory import LicenseInventory

__all__ = [
    "GetLicenseRecordsResult",
]


class GetLicenseRecordsResult(ZStackModel):
    """The ``GetLicenseRecordsResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.1.0)"""

    inventory: LicenseInventory | None = None
    """详情参考inventory (since 4.1.0)"""

    total: int | None = None
    """许可证历史授权数据总量。如果设置count或replyWithCount为true则返回该值 (since 4.1.0)"""
