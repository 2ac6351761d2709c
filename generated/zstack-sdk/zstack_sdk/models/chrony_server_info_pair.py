"""Result models: ChronyServerInfoPair (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .chrony_server_info import ChronyServerInfo

__all__ = [
    "ChronyServerInfoPair",
]


class ChronyServerInfoPair(ZStackModel):
    """ZStack's `ChronyServerInfoPair`."""

    external: ChronyServerInfo | None = None
    """详情参考external (since 4.7.21)"""

    internal: ChronyServerInfo | None = None
    """详情参考internal (since 4.7.21)"""
