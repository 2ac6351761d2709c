"""Result models: GetVmTaskResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .chain_info import ChainInfo
from .error_code import ErrorCode

__all__ = [
    "GetVmTaskResult",
]


class GetVmTaskResult(ZStackModel):
    """The result of GetVmTask (ZStack's `GetChainTaskResult`)."""

    error: ErrorCode | None = None

    results: dict[str, ChainInfo] | None = None
