"""Result models: AddVmNicToSecurityGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddVmNicToSecurityGroupResult",
]


class AddVmNicToSecurityGroupResult(ZStackModel):
    """The result of AddVmNicToSecurityGroup (ZStack's `AddVmNicToSecurityGroupResult`)."""

    error: ErrorCode | None = None
