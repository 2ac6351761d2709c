"""Result models: OvfMemoryInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "OvfMemoryInfo",
]


class OvfMemoryInfo(ZStackModel):
    """ZStack's `OvfMemoryInfo`."""

    instance_id: str | None = None
    """硬件ID (since 4.4.6)"""

    quantity: int | None = None
    """内存容量，单位Byte (since 4.4.6)"""
