"""Result models: GetBareMetal2ProvisionNetworkIpAddressCapacityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .capacity_data import CapacityData
from .error_code import ErrorCode

__all__ = [
    "GetBareMetal2ProvisionNetworkIpAddressCapacityResult",
]


class GetBareMetal2ProvisionNetworkIpAddressCapacityResult(ZStackModel):
    """The ``GetBareMetal2ProvisionNetworkIpAddressCapacityResult`` structure."""

    capacity_data: list[CapacityData] | None = None
    """详情参考capacityData (since 4.0.0)"""

    error: ErrorCode | None = None
    """详情参考error (since 4.0.0)"""

    success: bool | None = None
    """获取成功 (since 4.0.0)"""
