"""Result models: DeleteAliyunProxyVpcResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunProxyVpcResult",
]


class DeleteAliyunProxyVpcResult(ZStackModel):
    """The result of DeleteAliyunProxyVpc (ZStack's `DeleteAliyunProxyVpcResult`)."""

    error: ErrorCode | None = None
