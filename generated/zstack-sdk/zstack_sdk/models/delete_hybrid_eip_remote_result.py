"""Result models: DeleteHybridEipRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHybridEipRemoteResult",
]


class DeleteHybridEipRemoteResult(ZStackModel):
    """The result of DeleteHybridEipRemote (ZStack's `DeleteHybridEipRemoteResult`)."""

    error: ErrorCode | None = None
