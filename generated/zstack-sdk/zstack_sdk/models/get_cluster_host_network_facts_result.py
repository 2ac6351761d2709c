"""Result models: GetClusterHostNetworkFactsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetClusterHostNetworkFactsResult",
]


class GetClusterHostNetworkFactsResult(ZStackModel):
    """The ``GetClusterHostNetworkFactsResult`` structure."""

    bondings: list[Any] | None = None

    nics: list[Any] | None = None
