"""Result models: UpdateIAM2ProjectAttributeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_project_attribute_inventory import IAM2ProjectAttributeInventory

__all__ = [
    "UpdateIAM2ProjectAttributeResult",
]


class UpdateIAM2ProjectAttributeResult(ZStackModel):
    """The result of UpdateIAM2ProjectAttribute (ZStack's `UpdateIAM2ProjectAttributeResult`)."""

    error: ErrorCode | None = None

    inventory: IAM2ProjectAttributeInventory | None = None
