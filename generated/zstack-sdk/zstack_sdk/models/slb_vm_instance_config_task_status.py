"""Result models: SlbVmInstanceConfigTaskStatus (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "SlbVmInstanceConfigTaskStatus",
]


class SlbVmInstanceConfigTaskStatus(ZStackModel):
    """The ``SlbVmInstanceConfigTaskStatus`` structure."""

    failed: SlbVmInstanceConfigTaskStatus | None = Field(None, alias="Failed")
    """Failed (since 5.1.0)"""

    pending: SlbVmInstanceConfigTaskStatus | None = Field(None, alias="Pending")
    """Pending (since 5.1.0)"""

    starting: SlbVmInstanceConfigTaskStatus | None = Field(None, alias="Starting")
    """Starting (since 5.1.0)"""

    success: SlbVmInstanceConfigTaskStatus | None = Field(None, alias="Success")
    """Success (since 5.1.0)"""
