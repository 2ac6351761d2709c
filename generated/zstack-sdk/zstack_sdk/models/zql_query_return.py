"""Result models: ZQLQueryReturn (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "ZQLQueryReturn",
]


class ZQLQueryReturn(ZStackModel):
    """ZStack's `ZQLQueryReturn`."""

    inventories: list[Any] | None = None

    inventory_aggregate_functions: dict[str, Any] | None = None

    inventory_counts: dict[str, int] | None = None

    name: str | None = None

    return_with: dict[str, Any] | None = None

    total: int | None = None
