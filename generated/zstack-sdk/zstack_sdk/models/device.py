"""Result models: Device (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "Device",
]


class Device(ZStackModel):
    """The ``Device`` structure."""

    disk: str | None = None
    """磁盘名称 (since 5.3.0)"""

    state: str | None = None
    """磁盘健康状态 (since 5.3.0)"""

    status: str | None = None
    """磁盘启用状态 (since 5.3.0)"""

    target: str | None = None
    """磁盘所在目标 (since 5.3.0)"""

    target_type: str | None = None
    """磁盘所在目标类型 (since 5.3.0)"""
