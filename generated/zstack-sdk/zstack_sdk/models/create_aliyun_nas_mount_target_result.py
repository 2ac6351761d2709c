"""Result models: CreateAliyunNasMountTargetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nas_mount_target_inventory import NasMountTargetInventory

__all__ = [
    "CreateAliyunNasMountTargetResult",
]


class CreateAliyunNasMountTargetResult(ZStackModel):
    """The result of CreateAliyunNasMountTarget (ZStack's `CreateNasMountTargetResult`)."""

    error: ErrorCode | None = None

    inventory: NasMountTargetInventory | None = None
