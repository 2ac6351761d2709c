"""Result models: DeleteVpcUserVpnGatewayRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVpcUserVpnGatewayRemoteResult",
]


class DeleteVpcUserVpnGatewayRemoteResult(ZStackModel):
    """The result of DeleteVpcUserVpnGatewayRemote (ZStack's `DeleteVpcUserVpnGatewayRemoteResult`)."""

    error: ErrorCode | None = None
