"""Result models: QueryImagePackageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_package_inventory import ImagePackageInventory

__all__ = [
    "QueryImagePackageResult",
]


class QueryImagePackageResult(ZStackModel):
    """The result of QueryImagePackage (ZStack's `QueryImagePackageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.4.6)"""

    inventories: list[ImagePackageInventory] | None = None
    """详情参考inventories (since 4.4.6)"""

    success: bool | None = None
    """success (since 4.4.6)"""

    total: int | None = None
