"""Result models: IAM2VirtualIDGroupAttributeInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IAM2VirtualIDGroupAttributeInventory",
]


class IAM2VirtualIDGroupAttributeInventory(ZStackModel):
    """ZStack's `IAM2VirtualIDGroupAttributeInventory`."""

    create_date: ZStackDateTime | None = None

    group_uuid: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    type: Literal["System", "Customized"] | str | None = None

    uuid: str | None = None

    value: str | None = None
