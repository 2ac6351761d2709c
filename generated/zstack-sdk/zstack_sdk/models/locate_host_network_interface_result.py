"""Result models: LocateHostNetworkInterfaceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "LocateHostNetworkInterfaceResult",
]


class LocateHostNetworkInterfaceResult(ZStackModel):
    """The result of LocateHostNetworkInterface (ZStack's `LocateHostNetworkInterfaceResult`)."""

    error: ErrorCode | None = None
