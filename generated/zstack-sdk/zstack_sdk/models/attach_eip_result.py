"""Result models: AttachEipResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .eip_inventory import EipInventory
from .error_code import ErrorCode

__all__ = [
    "AttachEipResult",
]


class AttachEipResult(ZStackModel):
    """The result of AttachEip (ZStack's `AttachEipResult`)."""

    error: ErrorCode | None = None

    inventory: EipInventory | None = None
