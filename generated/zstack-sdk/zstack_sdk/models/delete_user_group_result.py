"""Result models: DeleteUserGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteUserGroupResult",
]


class DeleteUserGroupResult(ZStackModel):
    """The result of DeleteUserGroup (ZStack's `DeleteUserGroupResult`)."""

    error: ErrorCode | None = None
