"""Result models: DeleteOssBucketNameLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteOssBucketNameLocalResult",
]


class DeleteOssBucketNameLocalResult(ZStackModel):
    """The result of DeleteOssBucketNameLocal (ZStack's `DeleteOssBucketNameLocalResult`)."""

    error: ErrorCode | None = None
