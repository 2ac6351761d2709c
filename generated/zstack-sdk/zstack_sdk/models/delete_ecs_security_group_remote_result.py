"""Result models: DeleteEcsSecurityGroupRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsSecurityGroupRemoteResult",
]


class DeleteEcsSecurityGroupRemoteResult(ZStackModel):
    """The result of DeleteEcsSecurityGroupRemote (ZStack's `DeleteEcsSecurityGroupRemoteResult`)."""

    error: ErrorCode | None = None
