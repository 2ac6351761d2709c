"""Result models: AddAttributesToIAM2VirtualIDGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddAttributesToIAM2VirtualIDGroupResult",
]


class AddAttributesToIAM2VirtualIDGroupResult(ZStackModel):
    """The result of AddAttributesToIAM2VirtualIDGroup (ZStack's `AddAttributesToIAM2VirtualIDGroupResult`)."""

    error: ErrorCode | None = None
