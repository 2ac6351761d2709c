"""Result models: CreateSNSHttpEndpointResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .sns_http_endpoint_inventory import SNSHttpEndpointInventory

__all__ = [
    "CreateSNSHttpEndpointResult",
]


class CreateSNSHttpEndpointResult(ZStackModel):
    """The result of CreateSNSHttpEndpoint (ZStack's `CreateSNSHttpEndpointResult`)."""

    error: ErrorCode | None = None

    inventory: SNSHttpEndpointInventory | None = None
