"""Result models: UpdateVpcSharedQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_shared_qos_inventory import VpcSharedQosInventory

__all__ = [
    "UpdateVpcSharedQosResult",
]


class UpdateVpcSharedQosResult(ZStackModel):
    """The result of UpdateVpcSharedQos (ZStack's `UpdateVpcSharedQosResult`)."""

    error: ErrorCode | None = None

    inventory: VpcSharedQosInventory | None = None
