"""Result models: AliyunNasAccessGroupInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AliyunNasAccessGroupInventory",
]


class AliyunNasAccessGroupInventory(ZStackModel):
    """ZStack's `AliyunNasAccessGroupInventory`."""

    create_date: ZStackDateTime | None = None

    data_center_uuid: str | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    rules: list[Any] | None = None

    type: str | None = None

    uuid: str | None = None
