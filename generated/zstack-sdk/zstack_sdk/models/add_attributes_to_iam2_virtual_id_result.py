"""Result models: AddAttributesToIAM2VirtualIDResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "AddAttributesToIAM2VirtualIDResult",
]


class AddAttributesToIAM2VirtualIDResult(ZStackModel):
    """The result of AddAttributesToIAM2VirtualID (ZStack's `AddAttributesToIAM2VirtualIDResult`)."""

    error: ErrorCode | None = None
