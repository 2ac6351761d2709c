"""Result models: SelfTestLocalRaidResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "SelfTestLocalRaidResult",
]


class SelfTestLocalRaidResult(ZStackModel):
    """The ``SelfTestLocalRaidResult`` structure."""

    result: str | None = None
