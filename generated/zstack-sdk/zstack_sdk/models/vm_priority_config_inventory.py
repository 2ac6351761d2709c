"""Result models: VmPriorityConfigInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VmPriorityConfigInventory",
]


class VmPriorityConfigInventory(ZStackModel):
    """ZStack's `VmPriorityConfigInventory`."""

    account_uuid: str | None = None

    cpu_shares: int | None = None

    create_date: ZStackDateTime | None = None

    last_op_date: ZStackDateTime | None = None

    level: Literal["Normal", "CpuHigh", "MemoryHigh", "High", "ApplianceVmHigh"] | str | None = None

    oom_score_adj: int | None = None

    uuid: str | None = None
