"""Result models: JsonLabelInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "JsonLabelInventory",
]


class JsonLabelInventory(ZStackModel):
    """ZStack's `JsonLabelInventory`."""

    create_date: ZStackDateTime | None = None

    id: int | None = None

    label_key: str | None = None

    label_value: str | None = None

    last_op_date: ZStackDateTime | None = None

    resource_uuid: str | None = None
