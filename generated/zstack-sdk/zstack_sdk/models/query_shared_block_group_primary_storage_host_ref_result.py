"""Result models: QuerySharedBlockGroupPrimaryStorageHostRefResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .shared_block_group_primary_storage_host_ref_inventory import (
    SharedBlockGroupPrimaryStorageHostRefInventory,
)

__all__ = [
    "QuerySharedBlockGroupPrimaryStorageHostRefResult",
]


class QuerySharedBlockGroupPrimaryStorageHostRefResult(ZStackModel):
    """The result of QuerySharedBlockGroupPrimaryStorageHostRef (ZStack's `QuerySharedBlockGroupPrimaryStorageHostRefResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3.2)"""

    inventories: list[SharedBlockGroupPrimaryStorageHostRefInventory] | None = None
    """详情参考inventories (since 2.3.2)"""

    total: int | None = None
