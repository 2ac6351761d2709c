"""Result models: UpdateNasMountTargetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .nas_mount_target_inventory import NasMountTargetInventory

__all__ = [
    "UpdateNasMountTargetResult",
]


class UpdateNasMountTargetResult(ZStackModel):
    """The result of UpdateNasMountTarget (ZStack's `UpdateNasMountTargetResult`)."""

    error: ErrorCode | None = None

    inventory: NasMountTargetInventory | None = None
