"""Result models: RemoveMdevDeviceSpecFromVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "RemoveMdevDeviceSpecFromVmInstanceResult",
]


class RemoveMdevDeviceSpecFromVmInstanceResult(ZStackModel):
    """The result of RemoveMdevDeviceSpecFromVmInstance (ZStack's `RemoveMdevDeviceSpecFromVmInstanceResult`)."""

    error: ErrorCode | None = None
