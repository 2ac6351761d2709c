"""Result models: GetChainTaskResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetChainTaskResult",
]


class GetChainTaskResult(ZStackModel):
    """The ``GetChainTaskResult`` structure."""

    results: dict[str, Any] | None = None
