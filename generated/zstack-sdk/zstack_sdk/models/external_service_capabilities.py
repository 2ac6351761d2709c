"""Result models: ExternalServiceCapabilities (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ExternalServiceCapabilities",
]


class ExternalServiceCapabilities(ZStackModel):
    """ZStack's `ExternalServiceCapabilities`."""

    reload_config: bool | None = None
