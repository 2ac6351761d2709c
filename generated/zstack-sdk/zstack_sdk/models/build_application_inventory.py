"""Result models: BuildApplicationInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BuildApplicationInventory",
]


class BuildApplicationInventory(ZStackModel):
    """ZStack's `BuildApplicationInventory`."""

    app_id: str | None = None

    app_meta_data: str | None = None

    build_system_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    description: str | None = None

    install_path: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    status: str | None = None

    template_content: str | None = None

    uuid: str | None = None

    version: str | None = None
