"""Result models: DeleteEcsSecurityGroupInLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsSecurityGroupInLocalResult",
]


class DeleteEcsSecurityGroupInLocalResult(ZStackModel):
    """The result of DeleteEcsSecurityGroupInLocal (ZStack's `DeleteEcsSecurityGroupInLocalResult`)."""

    error: ErrorCode | None = None
