"""Result models: RebootEcsInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RebootEcsInstanceResult",
]


class RebootEcsInstanceResult(ZStackModel):
    """The result of RebootEcsInstance (ZStack's `RebootEcsInstanceResult`)."""

    error: ErrorCode | None = None
