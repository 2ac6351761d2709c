"""Result models: Server (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .chrony_server_info import ChronyServerInfo

__all__ = [
    "Server",
]


class Server(ZStackModel):
    """The ``Server`` structure."""

    external: ChronyServerInfo | None = None
    """详情参考external (since 4.7.21)"""

    internal: ChronyServerInfo | None = None
    """详情参考internal (since 4.7.21)"""
