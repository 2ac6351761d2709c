"""Result models: HostConnectedStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "HostConnectedStatus",
]


class HostConnectedStatus(ZStackModel):
    """The ``HostConnectedStatus`` structure."""

    connected: HostConnectedStatus | None = Field(None, alias="Connected")
    """网络可达 (since 4.7.21)"""

    disconnected: HostConnectedStatus | None = Field(None, alias="Disconnected")
    """网络不可达 (since 4.7.21)"""

    unknown: HostConnectedStatus | None = Field(None, alias="Unknown")
    """网络连接状态未知 (since 4.7.21)"""
