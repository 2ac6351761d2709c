"""Result models: AddDataCenterFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .data_center_inventory import DataCenterInventory

__all__ = [
    "AddDataCenterFromRemoteResult",
]


class AddDataCenterFromRemoteResult(ZStackModel):
    """The ``AddDataCenterFromRemoteResult`` structure."""

    inventory: DataCenterInventory | None = None
