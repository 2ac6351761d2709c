"""Result models: CdpPolicyInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CdpPolicyInventory",
]


class CdpPolicyInventory(ZStackModel):
    """ZStack's `CdpPolicyInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.5.0)"""

    daily_rp_since_day: int | None = None

    description: str | None = None
    """资源的详细描述 (since 4.5.0)"""

    expire_time_in_day: int | None = None

    full_backup_interval_in_day: int | None = None

    hourly_rp_since_day: int | None = None

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.5.0)"""

    name: str | None = None
    """资源名称 (since 4.5.0)"""

    recovery_point_per_second: int | None = None
    """恢复点间隔时间 (since 4.5.0)"""

    retention_time_per_day: int | None = None
    """恢复点保留时间 (since 4.5.0)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 4.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 4.5.0)"""
