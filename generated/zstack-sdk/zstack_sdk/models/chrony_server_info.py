"""Result models: ChronyServerInfo (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackModel

__all__ = [
    "ChronyServerInfo",
]


class ChronyServerInfo(ZStackModel):
    """ZStack's `ChronyServerInfo`."""

    hostname: str | None = None
    """地址 (since 4.7.21)"""

    status: Literal["Connected", "Disconnected", "Unknown"] | str | None = None
    """详情参考status (since 4.7.21)"""
