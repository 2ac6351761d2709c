"""Result models: DeleteIpRangeResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIpRangeResult",
]


class DeleteIpRangeResult(ZStackModel):
    """The result of DeleteIpRange (ZStack's `DeleteIpRangeResult`)."""

    error: ErrorCode | None = None
