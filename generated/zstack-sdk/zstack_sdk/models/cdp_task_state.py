"""Result models: CdpTaskState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "CdpTaskState",
]


class CdpTaskState(ZStackModel):
    """The ``CdpTaskState`` structure."""

    disabled: CdpTaskState | None = Field(None, alias="Disabled")
    """停止 (since 4.5.0)"""

    enabled: CdpTaskState | None = Field(None, alias="Enabled")
    """启用 (since 4.5.0)"""
