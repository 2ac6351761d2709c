"""Result models: VtepInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VtepInventory",
]


class VtepInventory(ZStackModel):
    """The ``VtepInventory`` structure."""

    create_date: ZStackDateTime | None = None

    host_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    physical_interface: str | None = None

    pool_uuid: str | None = None

    port: int | None = None

    type: str | None = None

    uuid: str | None = None

    vtep_ip: str | None = None
