"""Result models: DeleteIpAddressResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteIpAddressResult",
]


class DeleteIpAddressResult(ZStackModel):
    """The result of DeleteIpAddress (ZStack's `DeleteIpAddressResult`)."""

    error: ErrorCode | None = None
