"""Result models: GetResourceConfigsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetResourceConfigsResult",
]


class GetResourceConfigsResult(ZStackModel):
    """The ``GetResourceConfigsResult`` structure."""

    configs: list[Any] | None = None
