"""Result models: SyncEcsSecurityGroupRuleFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SyncEcsSecurityGroupRuleFromRemoteResult",
]


class SyncEcsSecurityGroupRuleFromRemoteResult(ZStackModel):
    """The result of SyncEcsSecurityGroupRuleFromRemote (ZStack's `SyncEcsSecurityGroupRuleFromRemoteResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None
