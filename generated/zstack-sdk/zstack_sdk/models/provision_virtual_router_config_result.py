"""Result models: ProvisionVirtualRouterConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .appliance_vm_inventory import ApplianceVmInventory

__all__ = [
    "ProvisionVirtualRouterConfigResult",
]


class ProvisionVirtualRouterConfigResult(ZStackModel):
    """The ``ProvisionVirtualRouterConfigResult`` structure."""

    inventory: ApplianceVmInventory | None = None
