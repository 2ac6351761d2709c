"""Result models: VirtualizerInfo (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackModel

__all__ = [
    "VirtualizerInfo",
]


class VirtualizerInfo(ZStackModel):
    """ZStack's `VirtualizerInfo`."""

    current_version: str | None = None
    """云主机当前使用的虚拟化软件版本 / 物理机当前安装的虚拟化软件版本 (since 4.6.21)"""

    expect_version: str | None = None
    """期望的虚拟化软件版本。如果待查询的是 VM，则期望的虚拟化软件版本来自物理机；如果待查询的是物理机，则期望的虚拟化软件版本来自管理节点 (since 4.6.21)"""

    hypervisor: str | None = None
    """虚拟化软件，一般qemu-kvm (since 4.6.21)"""

    match_state: Literal["Matched", "Unmatched", "Unknown"] | str | None = None
    """当前虚拟化软件版本和期望是否匹配。如果当前版本或期望有一方没有查到，则返回Unknown (since 4.6.21)"""
