"""Result models: RemoveSNSWeComAtPersonResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveSNSWeComAtPersonResult",
]


class RemoveSNSWeComAtPersonResult(ZStackModel):
    """The result of RemoveSNSWeComAtPerson (ZStack's `RemoveSNSWeComAtPersonResult`)."""

    error: ErrorCode | None = None
