"""Result models: StartEcsInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "StartEcsInstanceResult",
]


class StartEcsInstanceResult(ZStackModel):
    """The result of StartEcsInstance (ZStack's `StartEcsInstanceResult`)."""

    error: ErrorCode | None = None
