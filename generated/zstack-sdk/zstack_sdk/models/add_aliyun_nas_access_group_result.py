"""Result models: AddAliyunNasAccessGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .aliyun_nas_access_group_inventory import AliyunNasAccessGroupInventory

__all__ = [
    "AddAliyunNasAccessGroupResult",
]


class AddAliyunNasAccessGroupResult(ZStackModel):
    """The ``AddAliyunNasAccessGroupResult`` structure."""

    inventory: AliyunNasAccessGroupInventory | None = None
