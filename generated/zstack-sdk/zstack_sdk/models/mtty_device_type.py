"""Result models: MttyDeviceType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "MttyDeviceType",
]


class MttyDeviceType(ZStackModel):
    """The ``MttyDeviceType`` structure."""

    se_controller: MttyDeviceType | None = Field(None, alias="SE_Controller")
    """SE控制器 (since 4.6.0)"""
