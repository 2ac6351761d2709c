"""Result models: PrometheusQueryPassThroughResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "PrometheusQueryPassThroughResult",
]


class PrometheusQueryPassThroughResult(ZStackModel):
    """The result of PrometheusQueryPassThrough (ZStack's `PrometheusQueryPassThroughResult`)."""

    error: ErrorCode | None = None

    inventories: dict[str, Any] | None = None
