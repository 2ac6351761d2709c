"""Result models: ChronyServerInfo (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .host_connected_status import HostConnectedStatus

__all__ = [
    "ChronyServerInfo",
]


class ChronyServerInfo(ZStackModel):
    """The ``ChronyServerInfo`` structure."""

    hostname: str | None = None
    """地址 (since 4.7.21)"""

    status: HostConnectedStatus | None = None
    """详情参考status (since 4.7.21)"""
