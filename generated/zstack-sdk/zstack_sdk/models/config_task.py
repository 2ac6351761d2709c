"""Result models: ConfigTask (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "ConfigTask",
]


class ConfigTask(ZStackModel):
    """The ``ConfigTask`` structure."""

    check_status: bool | None = None
    """checkStatus (since 5.4.2)"""

    config_version: int | None = None
    """configVersion (since 5.4.2)"""

    id: int | None = None
    """id (since 5.4.2)"""

    nfv_inst_group_uuid: str | None = None
    """nfvInstGroupUuid (since 5.4.2)"""

    path: str | None = None
    """path (since 5.4.2)"""

    service_uuid: str | None = None
    """serviceUuid (since 5.4.2)"""

    task_data: str | None = None
    """taskData (since 5.4.2)"""

    task_name: str | None = None
    """taskName (since 5.4.2)"""
