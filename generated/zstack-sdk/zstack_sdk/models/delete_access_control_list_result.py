"""Result models: DeleteAccessControlListResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAccessControlListResult",
]


class DeleteAccessControlListResult(ZStackModel):
    """The result of DeleteAccessControlList (ZStack's `DeleteAccessControlListResult`)."""

    error: ErrorCode | None = None
