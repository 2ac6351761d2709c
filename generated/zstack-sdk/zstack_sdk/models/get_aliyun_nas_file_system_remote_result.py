"""Result models: GetAliyunNasFileSystemRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetAliyunNasFileSystemRemoteResult",
]


class GetAliyunNasFileSystemRemoteResult(ZStackModel):
    """The result of GetAliyunNasFileSystemRemote (ZStack's `GetAliyunNasFileSystemRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
