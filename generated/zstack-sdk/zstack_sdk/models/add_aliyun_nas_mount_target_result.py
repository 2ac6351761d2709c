"""Result models: AddAliyunNasMountTargetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_nas_mount_target_inventory import AliyunNasMountTargetInventory

__all__ = [
    "AddAliyunNasMountTargetResult",
]


class AddAliyunNasMountTargetResult(ZStackModel):
    """The ``AddAliyunNasMountTargetResult`` structure."""

    inventory: AliyunNasMountTargetInventory | None = None
