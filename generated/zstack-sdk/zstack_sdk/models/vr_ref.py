"""Result models: VrRef (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "VrRef",
]


class VrRef(ZStackModel):
    """The ``VrRef`` structure."""

    vpc_ha_router_uuid: str | None = Field(None, alias="VpcHaRouterUuid")
    """VpcHaRouterUuid (since 3.5)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5)"""
