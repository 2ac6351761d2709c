"""Result models: GetCandidateMiniHostsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetCandidateMiniHostsResult",
]


class GetCandidateMiniHostsResult(ZStackModel):
    """The ``GetCandidateMiniHostsResult`` structure."""

    hosts: list[Any] | None = None
