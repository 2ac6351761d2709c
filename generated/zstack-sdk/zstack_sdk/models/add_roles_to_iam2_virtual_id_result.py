"""Result models: AddRolesToIAM2VirtualIDResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddRolesToIAM2VirtualIDResult",
]


class AddRolesToIAM2VirtualIDResult(ZStackModel):
    """The result of AddRolesToIAM2VirtualID (ZStack's `AddRolesToIAM2VirtualIDResult`)."""

    error: ErrorCode | None = None
