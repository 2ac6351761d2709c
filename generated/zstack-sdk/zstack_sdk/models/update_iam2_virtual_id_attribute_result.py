"""Result models: UpdateIAM2VirtualIDAttributeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_virtual_id_attribute_inventory import IAM2VirtualIDAttributeInventory

__all__ = [
    "UpdateIAM2VirtualIDAttributeResult",
]


class UpdateIAM2VirtualIDAttributeResult(ZStackModel):
    """The result of UpdateIAM2VirtualIDAttribute (ZStack's `UpdateIAM2VirtualIDAttributeResult`)."""

    error: ErrorCode | None = None

    inventory: IAM2VirtualIDAttributeInventory | None = None
