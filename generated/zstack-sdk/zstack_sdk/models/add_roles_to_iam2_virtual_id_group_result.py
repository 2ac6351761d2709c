"""Result models: AddRolesToIAM2VirtualIDGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddRolesToIAM2VirtualIDGroupResult",
]


class AddRolesToIAM2VirtualIDGroupResult(ZStackModel):
    """The result of AddRolesToIAM2VirtualIDGroup (ZStack's `AddRolesToIAM2VirtualIDGroupResult`)."""

    error: ErrorCode | None = None
