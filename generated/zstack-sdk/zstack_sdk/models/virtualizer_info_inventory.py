"""Result models: VirtualizerInfoInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .virtualizer_info import VirtualizerInfo

__all__ = [
    "VirtualizerInfoInventory",
]


class VirtualizerInfoInventory(ZStackModel):
    """ZStack's `VirtualizerInfoInventory`."""

    error: list[Any] | None = None
    """出现的查询错误，可能为 null (since 4.6.21)"""

    info_list: list[VirtualizerInfo] | None = None
    """详情参考infoList (since 4.6.21)"""

    resource_type: str | None = None
    """资源类型 (since 4.6.21)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.6.21)"""
