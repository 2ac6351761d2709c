"""Result models: BootstrapMiniHostResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BootstrapMiniHostResult",
]


class BootstrapMiniHostResult(ZStackModel):
    """The ``BootstrapMiniHostResult`` structure."""

    stage: str | None = None
