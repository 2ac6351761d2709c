"""Result models: ElaborationCheckResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ElaborationCheckResult",
]


class ElaborationCheckResult(ZStackModel):
    """ZStack's `ElaborationCheckResult`."""

    content: str | None = None

    file_name: str | None = None

    reason: str | None = None
