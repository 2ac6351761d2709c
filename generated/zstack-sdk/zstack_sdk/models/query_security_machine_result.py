"""Result models: QuerySecurityMachineResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QuerySecurityMachineResult",
]


class QuerySecurityMachineResult(ZStackModel):
    """The result of QuerySecurityMachine (ZStack's `QuerySecurityMachineResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
