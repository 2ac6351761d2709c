"""Result models: DeleteEcsSecurityGroupRuleRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEcsSecurityGroupRuleRemoteResult",
]


class DeleteEcsSecurityGroupRuleRemoteResult(ZStackModel):
    """The result of DeleteEcsSecurityGroupRuleRemote (ZStack's `DeleteEcsSecurityGroupRuleRemoteResult`)."""

    error: ErrorCode | None = None
