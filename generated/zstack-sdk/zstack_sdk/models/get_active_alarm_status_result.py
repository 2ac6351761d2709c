"""Result models: GetActiveAlarmStatusResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetActiveAlarmStatusResult",
]


class GetActiveAlarmStatusResult(ZStackModel):
    """The ``GetActiveAlarmStatusResult`` structure."""

    statuses: list[Any] | None = None
