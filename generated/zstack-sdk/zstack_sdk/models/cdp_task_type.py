"""Result models: CdpTaskType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "CdpTaskType",
]


class CdpTaskType(ZStackModel):
    """The ``CdpTaskType`` structure."""

    vm: CdpTaskType | None = Field(None, alias="VM")
    """云主机 (since 4.5.0)"""
