"""Result models: ResourceBindableConfigStruct (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ResourceBindableConfigStruct",
]


class ResourceBindableConfigStruct(ZStackModel):
    """ZStack's `ResourceBindableConfigStruct`."""

    bind_resource_types: list[str] | None = None
    """设置可绑定的资源类型 (since 3.4.0)"""

    category: str | None = None
    """设置类型 (since 3.4.0)"""

    description: str | None = None
    """设置的详细描述 (since 3.4.0)"""

    name: str | None = None
    """设置名称 (since 3.4.0)"""
