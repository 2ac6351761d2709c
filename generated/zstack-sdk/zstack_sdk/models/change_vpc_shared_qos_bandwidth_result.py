"""Result models: ChangeVpcSharedQosBandwidthResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .vpc_shared_qos_inventory import VpcSharedQosInventory

__all__ = [
    "ChangeVpcSharedQosBandwidthResult",
]


class ChangeVpcSharedQosBandwidthResult(ZStackModel):
    """The ``ChangeVpcSharedQosBandwidthResult`` structure."""

    inventory: VpcSharedQosInventory | None = None
