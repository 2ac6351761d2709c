"""Result models: AttachTagResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .user_tag_inventory import UserTagInventory

__all__ = [
    "AttachTagResult",
]


class AttachTagResult(ZStackModel):
    """ZStack's `AttachTagResult`."""

    error: ErrorCode | None = None
    """详情参考error (since 3.2.0)"""

    inventory: UserTagInventory | None = None
    """详情参考inventory (since 3.2.0)"""

    success: bool | None = None
    """success (since 3.2.0)"""
