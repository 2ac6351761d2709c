"""Result models: CreateVpcSharedQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vpc_shared_qos_inventory import VpcSharedQosInventory

__all__ = [
    "CreateVpcSharedQosResult",
]


class CreateVpcSharedQosResult(ZStackModel):
    """The result of CreateVpcSharedQos (ZStack's `CreateVpcSharedQosResult`)."""

    error: ErrorCode | None = None

    inventory: VpcSharedQosInventory | None = None
