"""Result models: GetEcsInstanceTypeResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetEcsInstanceTypeResult",
]


class GetEcsInstanceTypeResult(ZStackModel):
    """The result of GetEcsInstanceType (ZStack's `GetEcsInstanceTypeResult`)."""

    error: ErrorCode | None = None

    types: list[Any] | None = None
