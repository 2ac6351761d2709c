"""Result models: FuncType (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "FuncType",
]


class FuncType(ZStackModel):
    """The ``FuncType`` structure."""

    ovn_sdn_controller: FuncType | None = Field(None, alias="OVN_SDN_CONTROLLER")
    """OVN_SDN_CONTROLLER (since 5.4.2)"""
