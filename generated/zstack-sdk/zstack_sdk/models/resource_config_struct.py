"""Result models: ResourceConfigStruct (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .resource_config_inventory import ResourceConfigInventory

__all__ = [
    "ResourceConfigStruct",
]


class ResourceConfigStruct(ZStackModel):
    """ZStack's `ResourceConfigStruct`."""

    effective_configs: list[ResourceConfigInventory] | None = None

    name: str | None = None

    value: str | None = None
