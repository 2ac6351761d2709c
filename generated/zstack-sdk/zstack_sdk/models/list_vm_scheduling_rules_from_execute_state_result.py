"""Result models: ListVmSchedulingRulesFromExecuteStateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "ListVmSchedulingRulesFromExecuteStateResult",
]


class ListVmSchedulingRulesFromExecuteStateResult(ZStackModel):
    """The ``ListVmSchedulingRulesFromExecuteStateResult`` structure."""

    uuids: list[Any] | None = None
