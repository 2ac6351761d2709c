"""Result models: ExportBuildAppResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .build_app_export_history_inventory import BuildAppExportHistoryInventory
from .error_code import ErrorCode

__all__ = [
    "ExportBuildAppResult",
]


class ExportBuildAppResult(ZStackModel):
    """The result of ExportBuildApp (ZStack's `ExportBuildAppResult`)."""

    error: ErrorCode | None = None

    inventory: BuildAppExportHistoryInventory | None = None
