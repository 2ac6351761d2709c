"""Result models: GetDataCenterFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetDataCenterFromRemoteResult",
]


class GetDataCenterFromRemoteResult(ZStackModel):
    """The result of GetDataCenterFromRemote (ZStack's `GetDataCenterFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
