"""Result models: ChronyServerInfoPair (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
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
