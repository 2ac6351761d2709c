"""Result models: MdevDeviceState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "MdevDeviceState",
]


class MdevDeviceState(ZStackModel):
    """The ``MdevDeviceState`` structure."""

    disabled: MdevDeviceState | None = Field(None, alias="Disabled")
    """停用 (since 3.5.0)"""

    enabled: MdevDeviceState | None = Field(None, alias="Enabled")
    """启用 (since 3.5.0)"""
