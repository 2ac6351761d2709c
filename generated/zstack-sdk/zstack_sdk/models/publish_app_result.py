"""Result models: PublishAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .publish_app_inventory import PublishAppInventory

__all__ = [
    "PublishAppResult",
]


class PublishAppResult(ZStackModel):
    """The result of PublishApp (ZStack's `PublishAppResult`)."""

    error: ErrorCode | None = None

    inventory: PublishAppInventory | None = None
