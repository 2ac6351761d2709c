"""Result models: GetLocalRaidPhysicalDriveSmartResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetLocalRaidPhysicalDriveSmartResult",
]


class GetLocalRaidPhysicalDriveSmartResult(ZStackModel):
    """The result of GetLocalRaidPhysicalDriveSmart (ZStack's `GetLocalRaidPhysicalDriveSmartResult`)."""

    error: ErrorCode | None = None

    result: list[Any] | None = None
