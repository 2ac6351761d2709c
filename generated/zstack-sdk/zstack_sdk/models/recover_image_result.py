"""Result models: RecoverImageResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .image_inventory import ImageInventory

__all__ = [
    "RecoverImageResult",
]


class RecoverImageResult(ZStackModel):
    """The result of RecoverImage (ZStack's `RecoverImageResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: ImageInventory | None = None
    """详情参考inventory (since 0.6)"""

    success: bool | None = None
    """success (since 5.0.0)"""
