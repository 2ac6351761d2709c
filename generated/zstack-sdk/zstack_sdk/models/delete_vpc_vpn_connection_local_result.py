"""Result models: DeleteVpcVpnConnectionLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVpcVpnConnectionLocalResult",
]


class DeleteVpcVpnConnectionLocalResult(ZStackModel):
    """The result of DeleteVpcVpnConnectionLocal (ZStack's `DeleteVpcVpnConnectionLocalResult`)."""

    error: ErrorCode | None = None
