"""Result models: ResourceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ResourceInventory",
]


class ResourceInventory(ZStackModel):
    """ZStack's `ResourceInventory`."""

    concrete_resource_type: str | None = None

    resource_name: str | None = None
    """资源名称 (since 2.0)"""

    resource_type: str | None = None
    """资源类型，例如虚拟机为VmInstanceVO (since 2.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.0)"""
