"""Result models: GetClusterDRSStatusResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetClusterDRSStatusResult",
]


class GetClusterDRSStatusResult(ZStackModel):
    """The ``GetClusterDRSStatusResult`` structure."""

    host_load_over_threshold: list[Any] | None = None
