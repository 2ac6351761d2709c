"""Result models: UpdateIAM2OrganizationAttributeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_organization_attribute_inventory import IAM2OrganizationAttributeInventory

__all__ = [
    "UpdateIAM2OrganizationAttributeResult",
]


class UpdateIAM2OrganizationAttributeResult(ZStackModel):
    """The result of UpdateIAM2OrganizationAttribute (ZStack's `UpdateIAM2OrganizationAttributeResult`)."""

    error: ErrorCode | None = None

    inventory: IAM2OrganizationAttributeInventory | None = None
