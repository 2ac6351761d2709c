"""Result models: SetIAM2ProjectRetirePolicyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SetIAM2ProjectRetirePolicyResult",
]


class SetIAM2ProjectRetirePolicyResult(ZStackModel):
    """The result of SetIAM2ProjectRetirePolicy (ZStack's `SetIAM2ProjectRetirePolicyResult`)."""

    error: ErrorCode | None = None
