"""Result models: ZBoxInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ZBoxInventory",
]


class ZBoxInventory(ZStackModel):
    """The ``ZBoxInventory`` structure."""

    available_capacity: int | None = None

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    location_refs: list[Any] | None = None

    mount_path: str | None = None

    name: str | None = None

    state: str | None = None

    status: str | None = None

    total_capacity: int | None = None

    uuid: str | None = None
