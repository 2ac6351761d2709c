"""Result models: DeleteSecurityMachineResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSecurityMachineResult",
]


class DeleteSecurityMachineResult(ZStackModel):
    """The result of DeleteSecurityMachine (ZStack's `DeleteSecurityMachineResult`)."""

    error: ErrorCode | None = None
