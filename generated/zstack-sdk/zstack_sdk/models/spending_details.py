"""Result models: SpendingDetails (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "SpendingDetails",
]


class SpendingDetails(ZStackModel):
    """ZStack's `SpendingDetails`."""

    hypervisor_type: str | None = None

    resource_name: str | None = None
    """资源名称 (since 0.6)"""

    resource_uuid: str | None = None
    """资源UUID (since 0.6)"""

    spending: float | None = None
    """花费 (since 0.6)"""

    type: str | None = None
    """类型 (since 0.6)"""
