"""Result models: DeleteNasMountTargetResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteNasMountTargetResult",
]


class DeleteNasMountTargetResult(ZStackModel):
    """The result of DeleteNasMountTarget (ZStack's `DeleteNasMountTargetResult`)."""

    error: ErrorCode | None = None
