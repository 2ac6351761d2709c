"""Result models: RemoveSNSDingTalkAtPersonResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveSNSDingTalkAtPersonResult",
]


class RemoveSNSDingTalkAtPersonResult(ZStackModel):
    """The result of RemoveSNSDingTalkAtPerson (ZStack's `RemoveSNSDingTalkAtPersonResult`)."""

    error: ErrorCode | None = None
