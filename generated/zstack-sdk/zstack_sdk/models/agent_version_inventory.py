"""Result models: AgentVersionInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "AgentVersionInventory",
]


class AgentVersionInventory(ZStackModel):
    """ZStack's `AgentVersionInventory`."""

    agent_type: str | None = None

    create_date: ZStackDateTime | None = None

    current_version: str | None = None

    expect_version: str | None = None

    last_op_date: ZStackDateTime | None = None

    uuid: str | None = None
