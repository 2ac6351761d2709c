"""Result models: DeleteSNSApplicationEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSNSApplicationEndpointResult",
]


class DeleteSNSApplicationEndpointResult(ZStackModel):
    """The result of DeleteSNSApplicationEndpoint (ZStack's `DeleteSNSApplicationEndpointResult`)."""

    error: ErrorCode | None = None
