"""Result models: MdevDeviceStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "MdevDeviceStatus",
]


class MdevDeviceStatus(ZStackModel):
    """The ``MdevDeviceStatus`` structure."""

    active: MdevDeviceStatus | None = Field(None, alias="Active")
    """就绪 (since 3.5.0)"""

    attached: MdevDeviceStatus | None = Field(None, alias="Attached")
    """已挂载 (since 3.5.0)"""
