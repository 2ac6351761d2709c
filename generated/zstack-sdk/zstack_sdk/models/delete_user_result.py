"""Result models: DeleteUserResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteUserResult",
]


class DeleteUserResult(ZStackModel):
    """The result of DeleteUser (ZStack's `DeleteUserResult`)."""

    error: ErrorCode | None = None
