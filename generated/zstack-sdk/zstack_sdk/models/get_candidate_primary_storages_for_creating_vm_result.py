"""Result models: GetCandidatePrimaryStoragesForCreatingVmResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .primary_storage_inventory import PrimaryStorageInventory

__all__ = [
    "GetCandidatePrimaryStoragesForCreatingVmResult",
]


class GetCandidatePrimaryStoragesForCreatingVmResult(ZStackModel):
    """The result of GetCandidatePrimaryStoragesForCreatingVm (ZStack's `GetCandidatePrimaryStoragesForCreatingVmResult`)."""

    data_volume_primary_storages: dict[str, list[PrimaryStorageInventory]] | None = None
    """数据云盘可选主存储，分别对应每一个数据云盘规格（2.1 以后）或自定义数据云盘大小（4.3.9 以后） (since 2.1)"""

    error: ErrorCode | None = None
    """详情参考error (since 2.1)"""

    root_volume_primary_storages: list[PrimaryStorageInventory] | None = None
    """详情参考rootVolumePrimaryStorages (since 2.1)"""

    success: bool | None = None
    """操作是否成功 (since 2.1)"""
