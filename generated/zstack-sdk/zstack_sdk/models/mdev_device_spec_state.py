"""Result models: MdevDeviceSpecState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "MdevDeviceSpecState",
]


class MdevDeviceSpecState(ZStackModel):
    """The ``MdevDeviceSpecState`` structure."""

    disabled: MdevDeviceSpecState | None = Field(None, alias="Disabled")
    """停用 (since 3.5.0)"""

    enabled: MdevDeviceSpecState | None = Field(None, alias="Enabled")
    """启用 (since 3.5.0)"""
