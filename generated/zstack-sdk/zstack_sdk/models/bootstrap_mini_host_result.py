"""Result models: BootstrapMiniHostResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "BootstrapMiniHostResult",
]


class BootstrapMiniHostResult(ZStackModel):
    """The result of BootstrapMiniHost (ZStack's `BootstrapMiniHostResult`)."""

    error: ErrorCode | None = None

    stage: str | None = None
