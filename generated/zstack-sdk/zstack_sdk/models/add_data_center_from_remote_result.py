"""Result models: AddDataCenterFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .data_center_inventory import DataCenterInventory
from .error_code import ErrorCode

__all__ = [
    "AddDataCenterFromRemoteResult",
]


class AddDataCenterFromRemoteResult(ZStackModel):
    """The result of AddDataCenterFromRemote (ZStack's `AddDataCenterFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventory: DataCenterInventory | None = None
