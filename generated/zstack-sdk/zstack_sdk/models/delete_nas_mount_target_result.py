"""Result models: DeleteNasMountTargetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteNasMountTargetResult",
]


class DeleteNasMountTargetResult(ZStackModel):
    """The result of DeleteNasMountTarget (ZStack's `DeleteNasMountTargetResult`)."""

    error: ErrorCode | None = None
