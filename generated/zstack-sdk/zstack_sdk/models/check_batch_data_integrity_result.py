"""Result models: CheckBatchDataIntegrityResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "CheckBatchDataIntegrityResult",
]


class CheckBatchDataIntegrityResult(ZStackModel):
    """The result of CheckBatchDataIntegrity (ZStack's `CheckBatchDataIntegrityResult`)."""

    error: ErrorCode | None = None

    resource_map: dict[str, Any] | None = None
