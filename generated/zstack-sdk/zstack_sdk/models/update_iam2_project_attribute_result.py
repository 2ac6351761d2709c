"""Result models: UpdateIAM2ProjectAttributeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .iam2_project_attribute_inventory import IAM2ProjectAttributeInventory

__all__ = [
    "UpdateIAM2ProjectAttributeResult",
]


class UpdateIAM2ProjectAttributeResult(ZStackModel):
    """The ``UpdateIAM2ProjectAttributeResult`` structure."""

    inventory: IAM2ProjectAttributeInventory | None = None
