"""Result models: AddNvmeServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nvme_server_inventory import NvmeServerInventory

__all__ = [
    "AddNvmeServerResult",
]


class AddNvmeServerResult(ZStackModel):
    """The result of AddNvmeServer (ZStack's `AddNvmeServerResult`)."""

    error: ErrorCode | None = None

    inventory: NvmeServerInventory | None = None
