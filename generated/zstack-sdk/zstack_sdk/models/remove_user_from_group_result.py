"""Result models: RemoveUserFromGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveUserFromGroupResult",
]


class RemoveUserFromGroupResult(ZStackModel):
    """The result of RemoveUserFromGroup (ZStack's `RemoveUserFromGroupResult`)."""

    error: ErrorCode | None = None
