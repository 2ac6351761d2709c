"""Result models: DeleteVmNicFromSecurityGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVmNicFromSecurityGroupResult",
]


class DeleteVmNicFromSecurityGroupResult(ZStackModel):
    """The result of DeleteVmNicFromSecurityGroup (ZStack's `DeleteVmNicFromSecurityGroupResult`)."""

    error: ErrorCode | None = None
