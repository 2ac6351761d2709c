"""Result models: ChangeVpcSharedQosBandwidthResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_shared_qos_inventory import VpcSharedQosInventory

__all__ = [
    "ChangeVpcSharedQosBandwidthResult",
]


class ChangeVpcSharedQosBandwidthResult(ZStackModel):
    """The result of ChangeVpcSharedQosBandwidth (ZStack's `ChangeVpcSharedQosBandwidthResult`)."""

    error: ErrorCode | None = None

    inventory: VpcSharedQosInventory | None = None
