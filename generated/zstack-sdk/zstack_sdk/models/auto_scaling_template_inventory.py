"""Result models: AutoScalingTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AutoScalingTemplateInventory",
]


class AutoScalingTemplateInventory(ZStackModel):
    """ZStack's `AutoScalingTemplateInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    name: str | None = None
    """资源名称 (since 3.1.0)"""

    state: str | None = None
    """模板启用状态 (since 3.1.0)"""

    system_tags: list[Any] | None = None
    """systemTags (since 3.1.0)"""

    type: str | None = None
    """模板类型 (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""
