"""Result models: SNSSmsEndpointInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SNSSmsEndpointInventory",
]


class SNSSmsEndpointInventory(ZStackModel):
    """The ``SNSSmsEndpointInventory`` structure."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    description: str | None = None
    """短信接收端的详细描述 (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    name: str | None = None
    """短信接收端名称 (since 3.7.0)"""

    platform_uuid: str | None = None
    """platformUuid (since 3.7.0)"""

    receivers: list[Any] | None = None
    """短信接收者 (since 3.7.0)"""

    state: str | None = None
    """短信接收端状态 (since 3.7.0)"""

    type: str | None = None
    """短信接收端类型 (since 3.7.0)"""

    url: str | None = None
    """连接器的url (since 3.10.0)"""

    uuid: str | None = None
    """短信接收端的UUID，唯一标示该资源 (since 3.7.0)"""
