"""Result models: SdnControllerStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "SdnControllerStatus",
]


class SdnControllerStatus(ZStackModel):
    """The ``SdnControllerStatus`` structure."""

    connected: SdnControllerStatus | None = Field(None, alias="Connected")
    """已连接 (since 5.3.0)"""

    connecting: SdnControllerStatus | None = Field(None, alias="Connecting")
    """连接中 (since 5.3.0)"""

    disconnected: SdnControllerStatus | None = Field(None, alias="Disconnected")
    """已失联 (since 5.3.0)"""
