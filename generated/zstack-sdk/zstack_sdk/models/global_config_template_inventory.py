"""Result models: GlobalConfigTemplateInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GlobalConfigTemplateInventory",
]


class GlobalConfigTemplateInventory(ZStackModel):
    """ZStack's `GlobalConfigTemplateInventory`."""

    description: str | None = None
    """该模板的描述信息及推荐场景 (since 3.6.0)"""

    name: str | None = None
    """模板名称 (since 3.6.0)"""

    type: str | None = None
    """模板类型 (since 3.6.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.6.0)"""
