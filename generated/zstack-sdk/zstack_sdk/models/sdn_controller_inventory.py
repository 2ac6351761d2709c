"""Result models: SdnControllerInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .host_ref import HostRef
from .sdn_controller_status import SdnControllerStatus

__all__ = [
    "SdnControllerInventory",
]


class SdnControllerInventory(ZStackModel):
    """The ``SdnControllerInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    description: str | None = None
    """资源的详细描述 (since 3.7.0)"""

    host_refs: list[HostRef] | None = None
    """详情参考hostRefs (since 5.3.0)"""

    ip: str | None = None
    """ip (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    name: str | None = None
    """资源名称 (since 3.7.0)"""

    password: str | None = None
    """password (since 3.7.0)"""

    status: SdnControllerStatus | None = None
    """详情参考status (since 5.3.0)"""

    username: str | None = None
    """username (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""

    vendor_type: str | None = None
    """vendorType (since 3.7.0)"""

    vendor_version: str | None = None
    """厂商版本 (since 5.4.0)"""
