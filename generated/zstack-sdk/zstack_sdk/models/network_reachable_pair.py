"""Result models: NetworkReachablePair (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackModel

__all__ = [
    "NetworkReachablePair",
]


class NetworkReachablePair(ZStackModel):
    """ZStack's `NetworkReachablePair`."""

    source_hostname: str | None = None
    """源地址 (since 4.7.21)"""

    status: Literal["Connected", "Disconnected", "Unknown"] | str | None = None
    """详情参考status (since 4.7.21)"""

    target_hostname: str | None = None
    """目标地址 (since 4.7.21)"""
