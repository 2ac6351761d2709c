"""Result models: IAM2OrganizationAttributeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .state import State

__all__ = [
    "IAM2OrganizationAttributeInventory",
]


class IAM2OrganizationAttributeInventory(ZStackModel):
    """The ``IAM2OrganizationAttributeInventory`` structure."""

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    organization_uuid: str | None = None

    type: State | None = None

    uuid: str | None = None

    value: str | None = None
