"""Result models: GetEcsInstanceTypeResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetEcsInstanceTypeResult",
]


class GetEcsInstanceTypeResult(ZStackModel):
    """The ``GetEcsInstanceTypeResult`` structure."""

    types: list[Any] | None = None
