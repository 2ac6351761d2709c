"""Result models: OvfOSInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "OvfOSInfo",
]


class OvfOSInfo(ZStackModel):
    """ZStack's `OvfOSInfo`."""

    description: str | None = None
    """操作系统描述 (since 4.4.6)"""

    id: int | None = None
    """操作系统ID (since 4.4.6)"""

    os_type: str | None = None
    """操作系统类型 (since 4.4.6)"""

    version: str | None = None
    """操作系统版本 (since 4.4.6)"""
