"""Result models: GetHostTaskResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .chain_info import ChainInfo
from .error_code import ErrorCode

__all__ = [
    "GetHostTaskResult",
]


class GetHostTaskResult(ZStackModel):
    """The result of GetHostTask (ZStack's `GetChainTaskResult`)."""

    error: ErrorCode | None = None

    results: dict[str, ChainInfo] | None = None
