"""Result models: DeleteVpcUserVpnGatewayLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVpcUserVpnGatewayLocalResult",
]


class DeleteVpcUserVpnGatewayLocalResult(ZStackModel):
    """The result of DeleteVpcUserVpnGatewayLocal (ZStack's `DeleteVpcUserVpnGatewayLocalResult`)."""

    error: ErrorCode | None = None
