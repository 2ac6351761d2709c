"""Result models: IAM2VirtualIDAttributeInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IAM2VirtualIDAttributeInventory",
]


class IAM2VirtualIDAttributeInventory(ZStackModel):
    """ZStack's `IAM2VirtualIDAttributeInventory`."""

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    type: Literal["System", "Customized"] | str | None = None

    uuid: str | None = None

    value: str | None = None

    virtual_id_uuid: str | None = Field(None, alias="virtualIDUuid")
