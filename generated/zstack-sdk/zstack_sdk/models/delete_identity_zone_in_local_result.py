"""Result models: DeleteIdentityZoneInLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIdentityZoneInLocalResult",
]


class DeleteIdentityZoneInLocalResult(ZStackModel):
    """The result of DeleteIdentityZoneInLocal (ZStack's `DeleteIdentityZoneInLocalResult`)."""

    error: ErrorCode | None = None
