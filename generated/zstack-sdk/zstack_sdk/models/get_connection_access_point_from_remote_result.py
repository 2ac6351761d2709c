"""Result models: GetConnectionAccessPointFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetConnectionAccessPointFromRemoteResult",
]


class GetConnectionAccessPointFromRemoteResult(ZStackModel):
    """The result of GetConnectionAccessPointFromRemote (ZStack's `GetConnectionAccessPointFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
