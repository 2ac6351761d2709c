"""Result models: CbtTaskInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CbtTaskInventory",
]


class CbtTaskInventory(ZStackModel):
    """The ``CbtTaskInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.3.28)"""

    description: str | None = None
    """资源的详细描述 (since 5.3.28)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.3.28)"""

    name: str | None = None
    """资源名称 (since 5.3.28)"""

    status: Literal["Created", "Starting", "Running", "Stopped", "Failed"] | str | None = None
    """详情参考status (since 5.3.28)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.3.28)"""
