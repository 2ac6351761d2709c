"""Result models: OvfCdDriverInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "OvfCdDriverInfo",
]


class OvfCdDriverInfo(ZStackModel):
    """ZStack's `OvfCdDriverInfo`."""

    auto_allocation: bool | None = None
    """是否自动分配 (since 4.4.6)"""

    driver_type: str | None = None
    """光驱控制器类型 (since 4.4.6)"""

    name: str | None = None
    """光驱名称 (since 4.4.6)"""

    sub_type: str | None = None
    """子类型 (since 4.4.6)"""
