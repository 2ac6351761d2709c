"""Result models: AddAliyunNasMountTargetResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_nas_mount_target_inventory import AliyunNasMountTargetInventory
from .error_code import ErrorCode

__all__ = [
    "AddAliyunNasMountTargetResult",
]


class AddAliyunNasMountTargetResult(ZStackModel):
    """The result of AddAliyunNasMountTarget (ZStack's `AddAliyunNasMountTargetResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunNasMountTargetInventory | None = None
