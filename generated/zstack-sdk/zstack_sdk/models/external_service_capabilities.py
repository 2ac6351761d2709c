"""Result models: ExternalServiceCapabilities (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ExternalServiceCapabilities",
]


class ExternalServiceCapabilities(ZStackModel):
    """ZStack's `ExternalServiceCapabilities`."""

    reload_config: bool | None = None
