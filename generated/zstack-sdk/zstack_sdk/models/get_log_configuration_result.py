"""Result models: GetLogConfigurationResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetLogConfigurationResult",
]


class GetLogConfigurationResult(ZStackModel):
    """The result of GetLogConfiguration (ZStack's `GetLogConfigurationResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
