"""Result models: UpdateAliyunNasAccessGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_nas_access_group_inventory import AliyunNasAccessGroupInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateAliyunNasAccessGroupResult",
]


class UpdateAliyunNasAccessGroupResult(ZStackModel):
    """The result of UpdateAliyunNasAccessGroup (ZStack's `UpdateAliyunNasAccessGroupResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunNasAccessGroupInventory | None = None
