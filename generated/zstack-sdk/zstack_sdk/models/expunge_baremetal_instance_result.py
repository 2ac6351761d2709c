"""Result models: ExpungeBaremetalInstanceResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ExpungeBaremetalInstanceResult",
]


class ExpungeBaremetalInstanceResult(ZStackModel):
    """The result of ExpungeBaremetalInstance (ZStack's `ExpungeBaremetalInstanceResult`)."""

    error: ErrorCode | None = None
