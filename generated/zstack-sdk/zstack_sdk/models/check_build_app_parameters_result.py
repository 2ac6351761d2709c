"""Result models: CheckBuildAppParametersResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "CheckBuildAppParametersResult",
]


class CheckBuildAppParametersResult(ZStackModel):
    """The ``CheckBuildAppParametersResult`` structure."""

    parameters: list[Any] | None = None
