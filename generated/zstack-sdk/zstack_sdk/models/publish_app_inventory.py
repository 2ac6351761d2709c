"""Result models: PublishAppInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "PublishAppInventory",
]


class PublishAppInventory(ZStackModel):
    """ZStack's `PublishAppInventory`."""

    app_id: str | None = None

    app_meta_data: str | None = None

    build_app_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    pre_params: str | None = None

    status: str | None = None

    template_content: str | None = None

    type: str | None = None

    uuid: str | None = None

    version: str | None = None

    vm_relation_ship: str | None = None
