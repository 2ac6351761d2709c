"""Result models: TagPatternInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "TagPatternInventory",
]


class TagPatternInventory(ZStackModel):
    """ZStack's `TagPatternInventory`."""

    color: str | None = None
    """color (since 3.2.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.2.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.2.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.2.0)"""

    name: str | None = None
    """资源名称 (since 3.2.0)"""

    type: Literal["simple", "withToken"] | str | None = None
    """详情参考type (since 3.2.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.2.0)"""

    value: str | None = None
    """value (since 3.2.0)"""
