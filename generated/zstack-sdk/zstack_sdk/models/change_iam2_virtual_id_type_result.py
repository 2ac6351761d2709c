"""Result models: ChangeIAM2VirtualIDTypeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .iam2_virtual_id_inventory import IAM2VirtualIDInventory

__all__ = [
    "ChangeIAM2VirtualIDTypeResult",
]


class ChangeIAM2VirtualIDTypeResult(ZStackModel):
    """The result of ChangeIAM2VirtualIDType (ZStack's `ChangeIAM2VirtualIDTypeResult`)."""

    error: ErrorCode | None = None

    inventory: IAM2VirtualIDInventory | None = None
