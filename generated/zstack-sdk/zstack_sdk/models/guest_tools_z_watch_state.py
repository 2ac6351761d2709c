"""Result models: GuestToolsZWatchState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "GuestToolsZWatchState",
]


class GuestToolsZWatchState(ZStackModel):
    """The ``GuestToolsZWatchState`` structure."""

    not_installed: GuestToolsZWatchState | None = Field(None, alias="NotInstalled")
    """未安装 (since 4.6.21)"""

    not_running: GuestToolsZWatchState | None = Field(None, alias="NotRunning")
    """未运行 (since 4.6.21)"""

    running: GuestToolsZWatchState | None = Field(None, alias="Running")
    """运行中 (since 4.6.21)"""
