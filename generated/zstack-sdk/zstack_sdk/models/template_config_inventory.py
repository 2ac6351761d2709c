"""Result models: TemplateConfigInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "TemplateConfigInventory",
]


class TemplateConfigInventory(ZStackModel):
    """ZStack's `TemplateConfigInventory`."""

    category: str | None = None
    """配置类型 (since 3.6.0)"""

    default_value: str | None = None
    """模板默认值 (since 3.6.0)"""

    name: str | None = None
    """配置名称 (since 3.6.0)"""

    template_uuid: str | None = None
    """所属模板Uuid (since 3.6.0)"""

    value: str | None = None
    """模板值 (since 3.6.0)"""
