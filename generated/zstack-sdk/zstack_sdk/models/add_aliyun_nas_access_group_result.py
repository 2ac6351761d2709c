"""Result models: AddAliyunNasAccessGroupResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .aliyun_nas_access_group_inventory import AliyunNasAccessGroupInventory

__all__ = [
    "AddAliyunNasAccessGroupResult",
]


class AddAliyunNasAccessGroupResult(ZStackModel):
    """The ``AddAliyunNasAccessGroupResult`` structure."""

    inventory: AliyunNasAccessGroupInventory | None = None
