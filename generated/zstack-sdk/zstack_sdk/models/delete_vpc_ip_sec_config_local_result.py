"""Result models: DeleteVpcIpSecConfigLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteVpcIpSecConfigLocalResult",
]


class DeleteVpcIpSecConfigLocalResult(ZStackModel):
    """The result of DeleteVpcIpSecConfigLocal (ZStack's `DeleteVpcIpSecConfigLocalResult`)."""

    error: ErrorCode | None = None
