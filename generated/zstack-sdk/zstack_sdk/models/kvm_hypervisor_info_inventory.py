"""Result models: KvmHypervisorInfoInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "KvmHypervisorInfoInventory",
]


class KvmHypervisorInfoInventory(ZStackModel):
    """ZStack's `KvmHypervisorInfoInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.6.21)"""

    hypervisor: str | None = None
    """虚拟化软件名称，比如qemu-kvm (since 4.6.21)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.6.21)"""

    match_state: Literal["Matched", "Unmatched", "Unknown"] | str | None = None
    """和预期版本号的匹配状态，可能的值为Matched, Unmatched,Unknown (since 4.6.21)"""

    uuid: str | None = None
    """资源的UUID，可以为物理机或云主机的 UUID (since 4.6.21)"""

    version: str | None = None
    """版本号，比如4.2.0-632.g6a6222b.el7 (since 4.6.21)"""
