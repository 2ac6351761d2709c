"""Result models: SetOrganizationSupervisorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetOrganizationSupervisorResult",
]


class SetOrganizationSupervisorResult(ZStackModel):
    """The result of SetOrganizationSupervisor (ZStack's `SetOrganizationSupervisorResult`)."""

    error: ErrorCode | None = None
