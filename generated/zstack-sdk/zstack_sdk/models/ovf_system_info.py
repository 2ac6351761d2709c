"""Result models: OvfSystemInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "OvfSystemInfo",
]


class OvfSystemInfo(ZStackModel):
    """ZStack's `OvfSystemInfo`."""

    firmware_type: str | None = None
    """固件类型 (since 4.4.6)"""

    virtual_system_type: str | None = None
    """硬件系统类型 (since 4.4.6)"""
