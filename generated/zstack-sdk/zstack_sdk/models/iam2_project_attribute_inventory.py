"""Result models: IAM2ProjectAttributeInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "IAM2ProjectAttributeInventory",
]


class IAM2ProjectAttributeInventory(ZStackModel):
    """ZStack's `IAM2ProjectAttributeInventory`."""

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    project_uuid: str | None = None

    type: Literal["System", "Customized"] | str | None = None

    uuid: str | None = None

    value: str | None = None
