"""Result models: CreateMiniClusterResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .cluster_inventory import ClusterInventory

__all__ = [
    "CreateMiniClusterResult",
]


class CreateMiniClusterResult(ZStackModel):
    """The ``CreateMiniClusterResult`` structure."""

    inventory: ClusterInventory | None = None
