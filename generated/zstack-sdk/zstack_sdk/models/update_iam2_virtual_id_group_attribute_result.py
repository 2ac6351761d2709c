"""Result models: UpdateIAM2VirtualIDGroupAttributeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .iam2_virtual_id_group_attribute_inventory import IAM2VirtualIDGroupAttributeInventory

__all__ = [
    "UpdateIAM2VirtualIDGroupAttributeResult",
]


class UpdateIAM2VirtualIDGroupAttributeResult(ZStackModel):
    """The ``UpdateIAM2VirtualIDGroupAttributeResult`` structure."""

    inventory: IAM2VirtualIDGroupAttributeInventory | None = None
