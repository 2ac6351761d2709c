"""Result models: VirtualRouterSoftwareVersionInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "VirtualRouterSoftwareVersionInventory",
]


class VirtualRouterSoftwareVersionInventory(ZStackModel):
    """ZStack's `VirtualRouterSoftwareVersionInventory`."""

    current_version: str | None = None
    """当前版本 (since 4.5.0)"""

    latest_version: str | None = None
    """最新版本 (since 4.5.0)"""

    software_name: str | None = None
    """VPC软件名称 (since 4.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.5.0)"""
