"""Result models: UsbDeviceState (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "UsbDeviceState",
]


class UsbDeviceState(ZStackModel):
    """The ``UsbDeviceState`` structure."""

    name: str | None = None
    """资源名称 (since 2.2)"""

    ordinal: int | None = None
    """ordinal (since 2.2)"""
