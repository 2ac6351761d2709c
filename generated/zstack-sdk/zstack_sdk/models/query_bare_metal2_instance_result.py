"""Result models: QueryBareMetal2InstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_instance_inventory import BareMetal2InstanceInventory
from .error_code import ErrorCode

__all__ = [
    "QueryBareMetal2InstanceResult",
]


class QueryBareMetal2InstanceResult(ZStackModel):
    """The result of QueryBareMetal2Instance (ZStack's `QueryBareMetal2InstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventories: list[BareMetal2InstanceInventory] | None = None
    """详情参考inventories (since 4.0.0)"""

    total: int | None = None
