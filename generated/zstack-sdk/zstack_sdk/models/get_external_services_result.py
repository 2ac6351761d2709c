"""Result models: GetExternalServicesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .external_service_inventory import ExternalServiceInventory

__all__ = [
    "GetExternalServicesResult",
]


class GetExternalServicesResult(ZStackModel):
    """The result of GetExternalServices (ZStack's `GetExternalServicesResult`)."""

    error: ErrorCode | None = None

    inventories: list[ExternalServiceInventory] | None = None
