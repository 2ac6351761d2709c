"""Result models: ExportBuildAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .build_app_export_history_inventory import BuildAppExportHistoryInventory

__all__ = [
    "ExportBuildAppResult",
]


class ExportBuildAppResult(ZStackModel):
    """The ``ExportBuildAppResult`` structure."""

    inventory: BuildAppExportHistoryInventory | None = None
