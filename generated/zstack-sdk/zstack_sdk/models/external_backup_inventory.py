"""Result models: ExternalBackupInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ExternalBackupInventory",
]


class ExternalBackupInventory(ZStackModel):
    """The ``ExternalBackupInventory`` structure."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    install_path: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    state: str | None = None

    total_size: int | None = None

    type: str | None = None

    uuid: str | None = None

    version: str | None = None
