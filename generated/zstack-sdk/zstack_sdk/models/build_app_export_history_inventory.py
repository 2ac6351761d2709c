"""Result models: BuildAppExportHistoryInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "BuildAppExportHistoryInventory",
]


class BuildAppExportHistoryInventory(ZStackModel):
    """ZStack's `BuildAppExportHistoryInventory`."""

    build_app_uuid: str | None = None

    create_date: ZStackDateTime | None = None

    id: int | None = None

    last_op_date: ZStackDateTime | None = None

    md5_sum: str | None = None

    name: str | None = None

    path: str | None = None

    size: int | None = None

    status: str | None = None

    version: str | None = None
