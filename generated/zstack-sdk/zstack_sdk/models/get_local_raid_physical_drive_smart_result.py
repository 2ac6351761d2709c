"""Result models: GetLocalRaidPhysicalDriveSmartResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetLocalRaidPhysicalDriveSmartResult",
]


class GetLocalRaidPhysicalDriveSmartResult(ZStackModel):
    """The ``GetLocalRaidPhysicalDriveSmartResult`` structure."""

    result: list[Any] | None = None
