"""Result models: ProvisionVirtualRouterConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .appliance_vm_inventory import ApplianceVmInventory
from .error_code import ErrorCode

__all__ = [
    "ProvisionVirtualRouterConfigResult",
]


class ProvisionVirtualRouterConfigResult(ZStackModel):
    """The result of ProvisionVirtualRouterConfig (ZStack's `ProvisionVirtualRouterConfigResult`)."""

    error: ErrorCode | None = None

    inventory: ApplianceVmInventory | None = None
