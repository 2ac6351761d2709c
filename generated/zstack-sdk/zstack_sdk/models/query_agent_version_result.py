"""Result models: QueryAgentVersionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .agent_version_inventory import AgentVersionInventory
from .error_code import ErrorCode

__all__ = [
    "QueryAgentVersionResult",
]


class QueryAgentVersionResult(ZStackModel):
    """The result of QueryAgentVersion (ZStack's `QueryAgentVersionResult`)."""

    error: ErrorCode | None = None

    inventories: list[AgentVersionInventory] | None = None

    total: int | None = None
