"""Result models: CheckBuildAppParametersResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CheckBuildAppParametersResult",
]


class CheckBuildAppParametersResult(ZStackModel):
    """The ``CheckBuildAppParametersResult`` structure."""

    parameters: list[Any] | None = None
