"""Result models: PortMirrorSessionInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PortMirrorSessionInventory",
]


class PortMirrorSessionInventory(ZStackModel):
    """ZStack's `PortMirrorSessionInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.7.0)"""

    dst_end_point: str | None = None
    """dstEndPoint (since 3.7.0)"""

    internal_id: int | None = None
    """internalId (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    name: str | None = None
    """资源名称 (since 3.7.0)"""

    port_mirror_uuid: str | None = None
    """portMirrorUuid (since 3.7.0)"""

    src_end_point: str | None = None
    """srcEndPoint (since 3.7.0)"""

    status: Literal["Created", "Active", "Inactive"] | str | None = None
    """详情参考status (since 3.7.0)"""

    type: Literal["Ingress", "Egress", "Bidirection"] | str | None = None
    """详情参考type (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""
