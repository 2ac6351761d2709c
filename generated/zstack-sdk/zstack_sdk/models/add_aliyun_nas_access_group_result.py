"""Result models: AddAliyunNasAccessGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_nas_access_group_inventory import AliyunNasAccessGroupInventory
from .error_code import ErrorCode

__all__ = [
    "AddAliyunNasAccessGroupResult",
]


class AddAliyunNasAccessGroupResult(ZStackModel):
    """The result of AddAliyunNasAccessGroup (ZStack's `AddAliyunNasAccessGroupResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunNasAccessGroupInventory | None = None
