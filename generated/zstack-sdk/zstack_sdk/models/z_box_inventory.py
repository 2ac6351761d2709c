"""Result models: ZBoxInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ZBoxInventory",
]


class ZBoxInventory(ZStackModel):
    """ZStack's `ZBoxInventory`."""

    available_capacity: int | None = None

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    location_refs: list[Any] | None = None

    mount_path: str | None = None

    name: str | None = None

    state: Literal["Enabled", "Disabled", "InUse"] | str | None = None

    status: Literal["Ready", "Ejected", "Removed", "Error"] | str | None = None

    total_capacity: int | None = None

    uuid: str | None = None
