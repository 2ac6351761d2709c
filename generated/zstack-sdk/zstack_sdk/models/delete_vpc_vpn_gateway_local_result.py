"""Result models: DeleteVpcVpnGatewayLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVpcVpnGatewayLocalResult",
]


class DeleteVpcVpnGatewayLocalResult(ZStackModel):
    """The result of DeleteVpcVpnGatewayLocal (ZStack's `DeleteVpcVpnGatewayLocalResult`)."""

    error: ErrorCode | None = None
