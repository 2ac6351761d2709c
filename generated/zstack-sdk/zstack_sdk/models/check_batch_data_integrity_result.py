"""Result models: CheckBatchDataIntegrityResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "CheckBatchDataIntegrityResult",
]


class CheckBatchDataIntegrityResult(ZStackModel):
    """The ``CheckBatchDataIntegrityResult`` structure."""

    resource_map: dict[str, Any] | None = None
