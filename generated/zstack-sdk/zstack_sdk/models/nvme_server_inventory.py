"""Result models: NvmeServerInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "NvmeServerInventory",
]


class NvmeServerInventory(ZStackModel):
    """ZStack's `NvmeServerInventory`."""

    create_date: ZStackDateTime | None = None

    ip: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    nvme_cluster_refs: list[Any] | None = None

    nvme_targets: list[Any] | None = None

    port: int | None = None

    state: str | None = None

    transport: str | None = None

    uuid: str | None = None
