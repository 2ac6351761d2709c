"""Result models: CreateResourceStackFromAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .resource_stack_inventory import ResourceStackInventory

__all__ = [
    "CreateResourceStackFromAppResult",
]


class CreateResourceStackFromAppResult(ZStackModel):
    """The result of CreateResourceStackFromApp (ZStack's `CreateResourceStackResult`)."""

    error: ErrorCode | None = None

    inventory: ResourceStackInventory | None = None
