"""Result models: GetOssBucketNameFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetOssBucketNameFromRemoteResult",
]


class GetOssBucketNameFromRemoteResult(ZStackModel):
    """The result of GetOssBucketNameFromRemote (ZStack's `GetOssBucketNameFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
