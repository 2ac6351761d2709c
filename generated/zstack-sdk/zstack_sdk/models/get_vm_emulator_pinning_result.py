"""Result models: GetVmEmulatorPinningResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVmEmulatorPinningResult",
]


class GetVmEmulatorPinningResult(ZStackModel):
    """The result of GetVmEmulatorPinning (ZStack's `GetVmEmulatorPinningResult`)."""

    emulator_pinning: str | None = None
    """vm Emulator Pinning的物理机cpu编号 (since 4.3.12)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.3.12)"""
