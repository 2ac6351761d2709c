"""Result models: UpdatePublishAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .publish_app_inventory import PublishAppInventory

__all__ = [
    "UpdatePublishAppResult",
]


class UpdatePublishAppResult(ZStackModel):
    """The result of UpdatePublishApp (ZStack's `UpdatePublishAppResult`)."""

    error: ErrorCode | None = None

    inventory: PublishAppInventory | None = None
