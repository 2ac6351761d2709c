"""Result models: DeleteEmailAddressOfSNSEmailEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteEmailAddressOfSNSEmailEndpointResult",
]


class DeleteEmailAddressOfSNSEmailEndpointResult(ZStackModel):
    """The result of DeleteEmailAddressOfSNSEmailEndpoint (ZStack's `DeleteEmailAddressOfSNSEmailEndpointResult`)."""

    error: ErrorCode | None = None
