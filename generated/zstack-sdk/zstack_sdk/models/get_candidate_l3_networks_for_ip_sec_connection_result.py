"""Result models: GetCandidateL3NetworksForIpSecConnectionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetCandidateL3NetworksForIpSecConnectionResult",
]


class GetCandidateL3NetworksForIpSecConnectionResult(ZStackModel):
    """The result of GetCandidateL3NetworksForIpSecConnection (ZStack's `GetCandidateL3NetworksForIpSecConnectionResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
