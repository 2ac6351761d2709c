"""Result models: SNSHttpEndpointInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .sns_application_platform_inventory import SNSApplicationPlatformInventory

__all__ = [
    "SNSHttpEndpointInventory",
]


class SNSHttpEndpointInventory(ZStackModel):
    """ZStack's `SNSHttpEndpointInventory`."""

    connection_status: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    platform: SNSApplicationPlatformInventory | None = None

    platform_uuid: str | None = None

    state: str | None = None

    type: str | None = None

    url: str | None = None

    username: str | None = None

    uuid: str | None = None
