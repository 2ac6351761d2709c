"""Result models: ExternalBackupInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Literal

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ExternalBackupInventory",
]


class ExternalBackupInventory(ZStackModel):
    """ZStack's `ExternalBackupInventory`."""

    create_date: ZStackDateTime | None = None

    description: str | None = None

    install_path: str | None = None

    last_op_date: ZStackDateTime | None = None

    name: str | None = None

    state: Literal["Creating", "Ready", "Deleting", "InUse"] | str | None = None

    total_size: int | None = None

    type: str | None = None

    uuid: str | None = None

    version: str | None = None
