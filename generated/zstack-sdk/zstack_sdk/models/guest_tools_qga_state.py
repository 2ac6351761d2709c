"""Result models: GuestToolsQgaState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "GuestToolsQgaState",
]


class GuestToolsQgaState(ZStackModel):
    """The ``GuestToolsQgaState`` structure."""

    not_installed: GuestToolsQgaState | None = Field(None, alias="NotInstalled")
    """未安装 (since 4.6.21)"""

    not_running: GuestToolsQgaState | None = Field(None, alias="NotRunning")
    """停止 (since 4.6.21)"""

    not_upgraded: GuestToolsQgaState | None = Field(None, alias="NotUpgraded")
    """待升级 (since 4.6.21)"""

    running: GuestToolsQgaState | None = Field(None, alias="Running")
    """运行中 (since 4.6.21)"""
