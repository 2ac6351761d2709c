"""Result models: DeleteVpcVpnConnectionRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVpcVpnConnectionRemoteResult",
]


class DeleteVpcVpnConnectionRemoteResult(ZStackModel):
    """The result of DeleteVpcVpnConnectionRemote (ZStack's `DeleteVpcVpnConnectionRemoteResult`)."""

    error: ErrorCode | None = None
