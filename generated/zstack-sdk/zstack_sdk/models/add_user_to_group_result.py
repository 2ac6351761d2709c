"""Result models: AddUserToGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddUserToGroupResult",
]


class AddUserToGroupResult(ZStackModel):
    """The result of AddUserToGroup (ZStack's `AddUserToGroupResult`)."""

    error: ErrorCode | None = None
