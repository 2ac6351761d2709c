"""Result models: CreateAliyunNasMountTargetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .nas_mount_target_inventory import NasMountTargetInventory

__all__ = [
    "CreateAliyunNasMountTargetResult",
]


class CreateAliyunNasMountTargetResult(ZStackModel):
    """The ``CreateAliyunNasMountTargetResult`` structure."""

    inventory: NasMountTargetInventory | None = None
