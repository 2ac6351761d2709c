"""Result models: IAM2VirtualIDGroupAttributeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .state import State

__all__ = [
    "IAM2VirtualIDGroupAttributeInventory",
]


class IAM2VirtualIDGroupAttributeInventory(ZStackModel):
    """The ``IAM2VirtualIDGroupAttributeInventory`` structure."""

    create_date: ZStackDateTime | None = None

    group_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    type: State | None = None

    uuid: str | None = None

    value: str | None = None
