"""Result models: QueryVmCdRomResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_cd_rom_inventory import VmCdRomInventory

__all__ = [
    "QueryVmCdRomResult",
]


class QueryVmCdRomResult(ZStackModel):
    """The result of QueryVmCdRom (ZStack's `QueryVmCdRomResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.3.0)"""

    inventories: list[VmCdRomInventory] | None = None
    """详情参考inventories (since 3.3.0)"""

    total: int | None = None
