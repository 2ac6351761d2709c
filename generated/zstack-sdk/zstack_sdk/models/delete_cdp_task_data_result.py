"""Result models: DeleteCdpTaskDataResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteCdpTaskDataResult",
]


class DeleteCdpTaskDataResult(ZStackModel):
    """The result of DeleteCdpTaskData (ZStack's `DeleteCdpTaskDataResult`)."""

    error: ErrorCode | None = None
