"""Result models: CheckNetworkReachableResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .host_connected_status import HostConnectedStatus

__all__ = [
    "CheckNetworkReachableResult",
]


class CheckNetworkReachableResult(ZStackModel):
    """The ``CheckNetworkReachableResult`` structure."""

    source_hostname: str | None = None
    """源地址 (since 4.7.21)"""

    status: HostConnectedStatus | None = None
    """详情参考status (since 4.7.21)"""

    target_hostname: str | None = None
    """目标地址 (since 4.7.21)"""
