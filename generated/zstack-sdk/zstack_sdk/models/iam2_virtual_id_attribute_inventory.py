"""Result models: IAM2VirtualIDAttributeInventory (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .state import State

__all__ = [
    "IAM2VirtualIDAttributeInventory",
]


class IAM2VirtualIDAttributeInventory(ZStackModel):
    """The ``IAM2VirtualIDAttributeInventory`` structure."""

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    type: State | None = None

    uuid: str | None = None

    value: str | None = None

    virtual_id_uuid: str | None = Field(None, alias="virtualIDUuid")
