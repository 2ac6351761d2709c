"""Result models: RemoteVtepInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "RemoteVtepInventory",
]


class RemoteVtepInventory(ZStackModel):
    """ZStack's `RemoteVtepInventory`."""

    cluster_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    pool_uuid: str | None = None

    port: int | None = None

    type: str | None = None

    uuid: str | None = None

    vtep_ip: str | None = None
