"""Result models: DeleteVpcUserVpnGatewayRemoteResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVpcUserVpnGatewayRemoteResult",
]


class DeleteVpcUserVpnGatewayRemoteResult(ZStackModel):
    """The result of DeleteVpcUserVpnGatewayRemote (ZStack's `DeleteVpcUserVpnGatewayRemoteResult`)."""

    error: ErrorCode | None = None
