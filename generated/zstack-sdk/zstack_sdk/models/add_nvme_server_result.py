"""Result models: AddNvmeServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .nvme_server_inventory import NvmeServerInventory

__all__ = [
    "AddNvmeServerResult",
]


class AddNvmeServerResult(ZStackModel):
    """The ``AddNvmeServerResult`` structure."""

    inventory: NvmeServerInventory | None = None
