"""Result models: DeleteHuaweiIMasterVpcResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHuaweiIMasterVpcResult",
]


class DeleteHuaweiIMasterVpcResult(ZStackModel):
    """The result of DeleteHuaweiIMasterVpc."""

    error: ErrorCode | None = None
