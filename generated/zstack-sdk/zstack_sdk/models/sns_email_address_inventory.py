"""Result models: SNSEmailAddressInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SNSEmailAddressInventory",
]


class SNSEmailAddressInventory(ZStackModel):
    """ZStack's `SNSEmailAddressInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.7.0)"""

    email_address: str | None = None
    """emailAddress (since 3.7.0)"""

    endpoint_uuid: str | None = None
    """endpointUuid (since 3.7.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.7.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.7.0)"""
