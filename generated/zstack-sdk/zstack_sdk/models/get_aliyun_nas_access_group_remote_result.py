"""Result models: GetAliyunNasAccessGroupRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetAliyunNasAccessGroupRemoteResult",
]


class GetAliyunNasAccessGroupRemoteResult(ZStackModel):
    """The result of GetAliyunNasAccessGroupRemote (ZStack's `GetAliyunNasAccessGroupRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
