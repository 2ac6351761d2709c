"""Result models: GetIdentityZoneFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetIdentityZoneFromRemoteResult",
]


class GetIdentityZoneFromRemoteResult(ZStackModel):
    """The result of GetIdentityZoneFromRemote (ZStack's `GetIdentityZoneFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
