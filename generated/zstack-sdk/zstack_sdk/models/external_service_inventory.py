"""Result models: ExternalServiceInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .external_service_capabilities import ExternalServiceCapabilities

__all__ = [
    "ExternalServiceInventory",
]


class ExternalServiceInventory(ZStackModel):
    """ZStack's `ExternalServiceInventory`."""

    capabilities: ExternalServiceCapabilities | None = None

    name: str | None = None

    status: str | None = None
