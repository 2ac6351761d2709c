"""Result models: UnexportNbdVolumesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "UnexportNbdVolumesResult",
]


class UnexportNbdVolumesResult(ZStackModel):
    """The result of UnexportNbdVolumes."""

    error: ErrorCode | None = None
