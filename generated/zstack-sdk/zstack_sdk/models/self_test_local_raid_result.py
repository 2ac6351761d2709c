"""Result models: SelfTestLocalRaidResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SelfTestLocalRaidResult",
]


class SelfTestLocalRaidResult(ZStackModel):
    """The ``SelfTestLocalRaidResult`` structure."""

    result: str | None = None
