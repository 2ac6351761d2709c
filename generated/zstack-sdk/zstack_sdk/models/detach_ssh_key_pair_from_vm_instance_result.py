"""Result models: DetachSshKeyPairFromVmInstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DetachSshKeyPairFromVmInstanceResult",
]


class DetachSshKeyPairFromVmInstanceResult(ZStackModel):
    """The result of DetachSshKeyPairFromVmInstance (ZStack's `DetachSshKeyPairFromVmInstanceResult`)."""

    error: ErrorCode | None = None
