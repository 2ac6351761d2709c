"""Result models: OvfCpuInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "OvfCpuInfo",
]


class OvfCpuInfo(ZStackModel):
    """ZStack's `OvfCpuInfo`."""

    cores_per_socket: int | None = None
    """每CPU内核数 (since 4.4.6)"""

    instance_id: str | None = None
    """硬件ID (since 4.4.6)"""

    quantity: int | None = None
    """CPU内核数量 (since 4.4.6)"""
