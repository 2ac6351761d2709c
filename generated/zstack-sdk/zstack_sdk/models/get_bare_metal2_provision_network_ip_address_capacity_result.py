"""Result models: GetBareMetal2ProvisionNetworkIpAddressCapacityResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_provision_network_ip_capacity import BareMetal2ProvisionNetworkIpCapacity
from .error_code import ErrorCode

__all__ = [
    "GetBareMetal2ProvisionNetworkIpAddressCapacityResult",
]


class GetBareMetal2ProvisionNetworkIpAddressCapacityResult(ZStackModel):
    """The result of GetBareMetal2ProvisionNetworkIpAddressCapacity (ZStack's `GetBareMetal2ProvisionNetworkIpAddressCapacityResult`)."""

    capacity_data: list[BareMetal2ProvisionNetworkIpCapacity] | None = None
    """详情参考capacityData (since 4.0.0)"""

    error: ErrorCode | None = None
    """详情参考error (since 4.0.0)"""

    success: bool | None = None
    """获取成功 (since 4.0.0)"""
