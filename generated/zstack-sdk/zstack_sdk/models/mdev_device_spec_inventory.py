"""Result models: MdevDeviceSpecInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "MdevDeviceSpecInventory",
]


class MdevDeviceSpecInventory(ZStackModel):
    """ZStack's `MdevDeviceSpecInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.5.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.5.0)"""

    name: str | None = None
    """资源名称 (since 3.5.0)"""

    specification: str | None = None
    """规格详情 (since 3.5.0)"""

    state: Literal["Enabled", "Disabled"] | str | None = None
    """详情参考state (since 3.5.0)"""

    type: (
        Literal[
            "SE_Controller",
            "GPU_Video_Controller",
            "GPU_Processing_Accelerators",
            "GPU_3D_Controller",
        ]
        | str
        | None
    ) = None
    """详情参考type (since 3.5.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.5.0)"""

    vendor: str | None = None
