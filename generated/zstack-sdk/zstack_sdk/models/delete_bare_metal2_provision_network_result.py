"""Result models: DeleteBareMetal2ProvisionNetworkResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteBareMetal2ProvisionNetworkResult",
]


class DeleteBareMetal2ProvisionNetworkResult(ZStackModel):
    """The result of DeleteBareMetal2ProvisionNetwork (ZStack's `DeleteBareMetal2ProvisionNetworkResult`)."""

    error: ErrorCode | None = None
