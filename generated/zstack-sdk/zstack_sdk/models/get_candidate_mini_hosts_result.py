"""Result models: GetCandidateMiniHostsResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetCandidateMiniHostsResult",
]


class GetCandidateMiniHostsResult(ZStackModel):
    """The result of GetCandidateMiniHosts (ZStack's `GetCandidateMiniHostsResult`)."""

    error: ErrorCode | None = None

    hosts: list[Any] | None = None
