"""Result models: BootstrapMiniHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "BootstrapMiniHostResult",
]


class BootstrapMiniHostResult(ZStackModel):
    """The ``BootstrapMiniHostResult`` structure."""

    stage: str | None = None
