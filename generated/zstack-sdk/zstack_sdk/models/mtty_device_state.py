"""Result models: MttyDeviceState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "MttyDeviceState",
]


class MttyDeviceState(ZStackModel):
    """The ``MttyDeviceState`` structure."""

    disabled: MttyDeviceState | None = Field(None, alias="Disabled")
    """停用 (since 4.6.0)"""

    enabled: MttyDeviceState | None = Field(None, alias="Enabled")
    """启用 (since 4.6.0)"""
