"""Result models: ElaborationCheckResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ElaborationCheckResult",
]


class ElaborationCheckResult(ZStackModel):
    """ZStack's `ElaborationCheckResult`."""

    content: str | None = None

    file_name: str | None = None

    reason: str | None = None
