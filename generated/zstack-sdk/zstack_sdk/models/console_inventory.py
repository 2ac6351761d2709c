"""Result models: ConsoleInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ConsoleInventory",
]


class ConsoleInventory(ZStackModel):
    """ZStack's `ConsoleInventory`."""

    expired_date: ZStackDateTime | None = None

    hostname: str | None = None
    """宿主机名称 (since 0.6)"""

    port: int | None = None
    """端口 (since 0.6)"""

    scheme: str | None = None
    """访问协议类型 (since 0.6)"""

    target_scheme: str | None = None

    token: str | None = None
    """口令 (since 0.6)"""

    version: str | None = None
