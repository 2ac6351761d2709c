"""Result models: DataCenterInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "DataCenterInventory",
]


class DataCenterInventory(ZStackModel):
    """The ``DataCenterInventory`` structure."""

    create_date: ZStackDateTime | None = None

    dc_type: str | None = None

    deleted: str | None = None

    description: str | None = None

    endpoint: str | None = None

    last_op_date: ZStackDateTime | None = None

    region_id: str | None = None

    region_name: str | None = None

    uuid: str | None = None
