"""Result models: RemoveSNSFeiShuAtPersonResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveSNSFeiShuAtPersonResult",
]


class RemoveSNSFeiShuAtPersonResult(ZStackModel):
    """The result of RemoveSNSFeiShuAtPerson (ZStack's `RemoveSNSFeiShuAtPersonResult`)."""

    error: ErrorCode | None = None
