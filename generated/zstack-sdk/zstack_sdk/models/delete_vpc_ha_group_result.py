"""Result models: DeleteVpcHaGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVpcHaGroupResult",
]


class DeleteVpcHaGroupResult(ZStackModel):
    """The result of DeleteVpcHaGroup (ZStack's `DeleteVpcHaGroupResult`)."""

    error: ErrorCode | None = None
