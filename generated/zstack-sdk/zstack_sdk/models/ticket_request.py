"""Result models: TicketRequest (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "TicketRequest",
]


class TicketRequest(ZStackModel):
    """ZStack's `TicketRequest`."""

    api_body: Any | None = None
    """Any JSON value (the docs do not give its type). (since 3.0.0)"""

    api_name: str | None = None
    """apiName (since 3.0.0)"""

    execute_times: int | None = None
    """executeTimes (since 3.0.0)"""

    request_name: str | None = None
    """requestName (since 3.0.0)"""
