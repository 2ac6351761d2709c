"""Result models: DeleteEcsVpcRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsVpcRemoteResult",
]


class DeleteEcsVpcRemoteResult(ZStackModel):
    """The result of DeleteEcsVpcRemote (ZStack's `DeleteEcsVpcRemoteResult`)."""

    error: ErrorCode | None = None
