"""Result models: ApplyDRSAdviceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ApplyDRSAdviceResult",
]


class ApplyDRSAdviceResult(ZStackModel):
    """The result of ApplyDRSAdvice (ZStack's `ApplyDRSAdviceResult`)."""

    error: ErrorCode | None = None

    vm_migration_activity_uuid: str | None = None
