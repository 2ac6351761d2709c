"""Result models: CheckElaborationContentResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .elaboration_check_result import ElaborationCheckResult
from .error_code import ErrorCode

__all__ = [
    "CheckElaborationContentResult",
]


class CheckElaborationContentResult(ZStackModel):
    """The result of CheckElaborationContent (ZStack's `CheckElaborationContentResult`)."""

    error: ErrorCode | None = None

    results: list[ElaborationCheckResult] | None = None
