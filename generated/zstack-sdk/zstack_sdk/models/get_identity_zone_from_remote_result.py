"""Result models: GetIdentityZoneFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetIdentityZoneFromRemoteResult",
]


class GetIdentityZoneFromRemoteResult(ZStackModel):
    """The result of GetIdentityZoneFromRemote (ZStack's `GetIdentityZoneFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
