"""Result models: DeleteNfvInstGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteNfvInstGroupResult",
]


class DeleteNfvInstGroupResult(ZStackModel):
    """The result of DeleteNfvInstGroup."""

    error: ErrorCode | None = None
