"""Result models: PrometheusQueryMetadataResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "PrometheusQueryMetadataResult",
]


class PrometheusQueryMetadataResult(ZStackModel):
    """The result of PrometheusQueryMetadata (ZStack's `PrometheusQueryMetadataResult`)."""

    error: ErrorCode | None = None

    inventories: dict[str, Any] | None = None
