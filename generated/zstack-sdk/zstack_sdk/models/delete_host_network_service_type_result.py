"""Result models: DeleteHostNetworkServiceTypeResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteHostNetworkServiceTypeResult",
]


class DeleteHostNetworkServiceTypeResult(ZStackModel):
    """The result of DeleteHostNetworkServiceType."""

    error: ErrorCode | None = None
