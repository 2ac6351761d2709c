"""Result models: CreateClusterDRSResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .cluster_drs_inventory import ClusterDRSInventory

__all__ = [
    "CreateClusterDRSResult",
]


class CreateClusterDRSResult(ZStackModel):
    """The ``CreateClusterDRSResult`` structure."""

    inventory: ClusterDRSInventory | None = None
