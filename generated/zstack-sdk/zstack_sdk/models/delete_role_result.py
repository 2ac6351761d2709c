"""Result models: DeleteRoleResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteRoleResult",
]


class DeleteRoleResult(ZStackModel):
    """The result of DeleteRole (ZStack's `DeleteRoleResult`)."""

    error: ErrorCode | None = None
