"""Result models: UpdateUserResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .user_inventory import UserInventory

__all__ = [
    "UpdateUserResult",
]


class UpdateUserResult(ZStackModel):
    """The result of UpdateUser (ZStack's `UpdateUserResult`)."""

    error: ErrorCode | None = None

    inventory: UserInventory | None = None
