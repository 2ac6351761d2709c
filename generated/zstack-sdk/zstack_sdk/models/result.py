"""Result models: Result (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .device import Device

__all__ = [
    "Result",
]


class Result(ZStackModel):
    """The ``Result`` structure."""

    devices: list[Device] | None = None
    """详情参考devices (since 5.3.0)"""

    disk_uuid: str | None = None
    """磁盘UUID (since 5.3.0)"""
