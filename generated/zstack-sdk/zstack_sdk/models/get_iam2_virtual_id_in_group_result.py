"""Result models: GetIAM2VirtualIDInGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetIAM2VirtualIDInGroupResult",
]


class GetIAM2VirtualIDInGroupResult(ZStackModel):
    """The result of GetIAM2VirtualIDInGroup (ZStack's `GetIAM2VirtualIDInGroupResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
