"""Result models: FstrimVmResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "FstrimVmResult",
]


class FstrimVmResult(ZStackModel):
    """The result of FstrimVm (ZStack's `FstrimVmResult`)."""

    error: ErrorCode | None = None
