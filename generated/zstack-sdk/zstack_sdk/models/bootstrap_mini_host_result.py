"""Result models: BootstrapMiniHostResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "BootstrapMiniHostResult",
]


class BootstrapMiniHostResult(ZStackModel):
    """The result of BootstrapMiniHost (ZStack's `BootstrapMiniHostResult`)."""

    error: ErrorCode | None = None

    stage: str | None = None
