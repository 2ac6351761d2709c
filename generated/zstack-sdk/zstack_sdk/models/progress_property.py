"""Result models: ProgressProperty (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ProgressProperty",
]


class ProgressProperty(ZStackModel):
    """ZStack's `ProgressProperty`."""

    progress: str | None = None

    stage: str | None = None
