"""Result models: GetVmConsoleAddressResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .vdi_port_info import VdiPortInfo

__all__ = [
    "GetVmConsoleAddressResult",
]


class GetVmConsoleAddressResult(ZStackModel):
    """The result of GetVmConsoleAddress (ZStack's `GetVmConsoleAddressResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。详情参考error (since 0.6)"""

    host_ip: str | None = None
    """云主机运行物理机IP (since 0.6)"""

    path: str | None = None

    port: int | None = None
    """云主机控制台端口 (since 0.6)"""

    protocol: str | None = None
    """云主机控制台协议，vnc或spice或vncAndSpice (since 0.6)"""

    success: bool | None = None
    """操作是否成功 (since 0.6)"""

    vdi_port_info: VdiPortInfo | None = None
    """详情参考vdiPortInfo (since 3.7.0)"""
