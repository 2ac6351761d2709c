"""Result models: LogCategory (generated; do not edit)."""

from __future__ import annotations

from pydantic import Field

from .._models import ZStackModel

__all__ = [
    "LogCategory",
]


class LogCategory(ZStackModel):
    """The ``LogCategory`` structure."""

    management_node_log: LogCategory | None = Field(None, alias="ManagementNodeLog")
    """ManagementNodeLog (since 5.3.28)"""

    platform_operation_log: LogCategory | None = Field(None, alias="PlatformOperationLog")
    """PlatformOperationLog (since 5.3.28)"""
