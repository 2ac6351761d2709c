"""Result models: IAM2ProjectAttributeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .state import State

__all__ = [
    "IAM2ProjectAttributeInventory",
]


class IAM2ProjectAttributeInventory(ZStackModel):
    """The ``IAM2ProjectAttributeInventory`` structure."""

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    project_uuid: str | None = None

    type: State | None = None

    uuid: str | None = None

    value: str | None = None
