"""Result models: ObservabilityServerServiceDataInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ObservabilityServerServiceDataInventory",
]


class ObservabilityServerServiceDataInventory(ZStackModel):
    """The ``ObservabilityServerServiceDataInventory`` structure."""

    file_name: str | None = None
    """fileName (since 5.3.28)"""

    job: str | None = None
    """job (since 5.3.28)"""
