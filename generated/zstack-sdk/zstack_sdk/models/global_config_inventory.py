"""Result models: GlobalConfigInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GlobalConfigInventory",
]


class GlobalConfigInventory(ZStackModel):
    """ZStack's `GlobalConfigInventory`."""

    category: str | None = None
    """category (since 0.6)"""

    default_value: str | None = None
    """defaultValue (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    id: int | None = None

    name: str | None = None
    """资源名称 (since 0.6)"""

    value: str | None = None
    """value (since 0.6)"""
