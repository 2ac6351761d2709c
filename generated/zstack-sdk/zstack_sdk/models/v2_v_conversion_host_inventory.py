"""Result models: V2VConversionHostInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "V2VConversionHostInventory",
]


class V2VConversionHostInventory(ZStackModel):
    """ZStack's `V2VConversionHostInventory`."""

    available_size: int | None = None

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.0.1)"""

    description: str | None = None
    """资源的详细描述 (since 3.0.1)"""

    host_state: str | None = None

    host_status: str | None = None

    host_uuid: str | None = None
    """物理机UUID (since 3.0.1)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.0.1)"""

    name: str | None = None
    """资源名称 (since 3.0.1)"""

    state: str | None = None
    """状态 (since 3.0.1)"""

    storage_path: str | None = None
    """V2V迁移镜像保存路径 (since 3.0.1)"""

    total_size: int | None = None

    type: str | None = None
    """类型 (since 3.0.1)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.0.1)"""
