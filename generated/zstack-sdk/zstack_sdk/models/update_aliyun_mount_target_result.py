"""Result models: UpdateAliyunMountTargetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nas_mount_target_inventory import NasMountTargetInventory

__all__ = [
    "UpdateAliyunMountTargetResult",
]


class UpdateAliyunMountTargetResult(ZStackModel):
    """The result of UpdateAliyunMountTarget (ZStack's `UpdateNasMountTargetResult`)."""

    error: ErrorCode | None = None

    inventory: NasMountTargetInventory | None = None
