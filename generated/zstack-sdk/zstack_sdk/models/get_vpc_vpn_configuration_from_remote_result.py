"""Result models: GetVpcVpnConfigurationFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_vpn_ike_config_struct import VpcVpnIkeConfigStruct
from .vpc_vpn_ip_sec_config_struct import VpcVpnIpSecConfigStruct

__all__ = [
    "GetVpcVpnConfigurationFromRemoteResult",
]


class GetVpcVpnConfigurationFromRemoteResult(ZStackModel):
    """The result of GetVpcVpnConfigurationFromRemote (ZStack's `GetVpcVpnConfigurationFromRemoteResult`)."""

    error: ErrorCode | None = None

    ike_conf: VpcVpnIkeConfigStruct | None = None

    ip_sec_conf: VpcVpnIpSecConfigStruct | None = None
