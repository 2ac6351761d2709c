"""Result models: UpdateIAM2OrganizationAttributeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .iam2_organization_attribute_inventory import IAM2OrganizationAttributeInventory

__all__ = [
    "UpdateIAM2OrganizationAttributeResult",
]


class UpdateIAM2OrganizationAttributeResult(ZStackModel):
    """The ``UpdateIAM2OrganizationAttributeResult`` structure."""

    inventory: IAM2OrganizationAttributeInventory | None = None
