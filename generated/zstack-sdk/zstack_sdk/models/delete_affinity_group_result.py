"""Result models: DeleteAffinityGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAffinityGroupResult",
]


class DeleteAffinityGroupResult(ZStackModel):
    """The result of DeleteAffinityGroup (ZStack's `DeleteAffinityGroupResult`)."""

    error: ErrorCode | None = None
