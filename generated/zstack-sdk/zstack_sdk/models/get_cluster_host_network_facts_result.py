"""Result models: GetClusterHostNetworkFactsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetClusterHostNetworkFactsResult",
]


class GetClusterHostNetworkFactsResult(ZStackModel):
    """The result of GetClusterHostNetworkFacts (ZStack's `GetClusterHostNetworkFactsResult`)."""

    bondings: list[Any] | None = None

    error: ErrorCode | None = None

    nics: list[Any] | None = None
