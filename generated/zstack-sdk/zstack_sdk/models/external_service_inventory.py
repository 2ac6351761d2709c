"""Result models: ExternalServiceInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .external_service_capabilities import ExternalServiceCapabilities

__all__ = [
    "ExternalServiceInventory",
]


class ExternalServiceInventory(ZStackModel):
    """ZStack's `ExternalServiceInventory`."""

    capabilities: ExternalServiceCapabilities | None = None

    name: str | None = None

    status: str | None = None
