"""Result models: CreateVmCdRomResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vm_cd_rom_inventory import VmCdRomInventory

__all__ = [
    "CreateVmCdRomResult",
]


class CreateVmCdRomResult(ZStackModel):
    """The result of CreateVmCdRom (ZStack's `CreateVmCdRomResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.3.0)"""

    inventory: VmCdRomInventory | None = None
    """详情参考inventory (since 3.3.0)"""
