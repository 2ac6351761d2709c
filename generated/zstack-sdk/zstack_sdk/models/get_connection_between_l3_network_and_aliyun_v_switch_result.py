"""Result models: GetConnectionBetweenL3NetworkAndAliyunVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetConnectionBetweenL3NetworkAndAliyunVSwitchResult",
]


class GetConnectionBetweenL3NetworkAndAliyunVSwitchResult(ZStackModel):
    """The result of GetConnectionBetweenL3NetworkAndAliyunVSwitch (ZStack's `GetConnectionBetweenL3NetworkAndAliyunVSwitchResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None
