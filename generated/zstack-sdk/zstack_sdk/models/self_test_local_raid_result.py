"""Result models: SelfTestLocalRaidResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SelfTestLocalRaidResult",
]


class SelfTestLocalRaidResult(ZStackModel):
    """The result of SelfTestLocalRaid (ZStack's `SelfTestLocalRaidResult`)."""

    error: ErrorCode | None = None

    result: str | None = None
