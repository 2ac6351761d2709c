"""Result models: ExportNbdVolumesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExportNbdVolumesResult",
]


class ExportNbdVolumesResult(ZStackModel):
    """The result of ExportNbdVolumes."""

    error: ErrorCode | None = None
