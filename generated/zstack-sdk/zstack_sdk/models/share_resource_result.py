"""Result models: ShareResourceResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ShareResourceResult",
]


class ShareResourceResult(ZStackModel):
    """The result of ShareResource (ZStack's `ShareResourceResult`)."""

    error: ErrorCode | None = None
