"""Result models: GetActiveAlarmStatusResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GetActiveAlarmStatusResult",
]


class GetActiveAlarmStatusResult(ZStackModel):
    """The ``GetActiveAlarmStatusResult`` structure."""

    statuses: list[Any] | None = None
