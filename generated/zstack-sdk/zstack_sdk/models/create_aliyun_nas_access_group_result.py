"""Result models: CreateAliyunNasAccessGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_nas_access_group_inventory import AliyunNasAccessGroupInventory
from .error_code import ErrorCode

__all__ = [
    "CreateAliyunNasAccessGroupResult",
]


class CreateAliyunNasAccessGroupResult(ZStackModel):
    """The result of CreateAliyunNasAccessGroup (ZStack's `CreateAliyunNasAccessGroupResult`)."""

    error: ErrorCode | None = None

    inventory: AliyunNasAccessGroupInventory | None = None
