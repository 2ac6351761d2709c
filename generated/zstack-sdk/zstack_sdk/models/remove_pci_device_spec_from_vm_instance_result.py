"""Result models: RemovePciDeviceSpecFromVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemovePciDeviceSpecFromVmInstanceResult",
]


class RemovePciDeviceSpecFromVmInstanceResult(ZStackModel):
    """The result of RemovePciDeviceSpecFromVmInstance (ZStack's `RemovePciDeviceSpecFromVmInstanceResult`)."""

    error: ErrorCode | None = None
