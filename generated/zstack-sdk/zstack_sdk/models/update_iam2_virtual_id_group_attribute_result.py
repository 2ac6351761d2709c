"""Result models: UpdateIAM2VirtualIDGroupAttributeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_virtual_id_group_attribute_inventory import IAM2VirtualIDGroupAttributeInventory

__all__ = [
    "UpdateIAM2VirtualIDGroupAttributeResult",
]


class UpdateIAM2VirtualIDGroupAttributeResult(ZStackModel):
    """The result of UpdateIAM2VirtualIDGroupAttribute (ZStack's `UpdateIAM2VirtualIDGroupAttributeResult`)."""

    error: ErrorCode | None = None

    inventory: IAM2VirtualIDGroupAttributeInventory | None = None
