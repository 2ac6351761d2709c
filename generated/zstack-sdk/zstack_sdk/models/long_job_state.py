"""Result models: LongJobState (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "LongJobState",
]


class LongJobState(ZStackModel):
    """The ``LongJobState`` structure."""

    canceled: LongJobState | None = Field(None, alias="Canceled")
    """Canceled (since 3.9.0)"""

    canceling: LongJobState | None = Field(None, alias="Canceling")
    """Canceling (since 3.9.0)"""

    failed: LongJobState | None = Field(None, alias="Failed")
    """Failed (since 3.9.0)"""

    running: LongJobState | None = Field(None, alias="Running")
    """Running (since 3.9.0)"""

    succeeded: LongJobState | None = Field(None, alias="Succeeded")
    """Succeeded (since 3.9.0)"""

    suspended: LongJobState | None = Field(None, alias="Suspended")
    """Suspended (since 3.9.0)"""

    waiting: LongJobState | None = Field(None, alias="Waiting")
    """Waiting (since 3.9.0)"""

    name: str | None = None
    """资源名称 (since 2.3)"""

    ordinal: int | None = None
    """ordinal (since 2.2.4)"""
