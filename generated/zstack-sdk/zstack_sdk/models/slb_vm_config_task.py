"""Result models: SlbVmConfigTask (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .slb_vm_instance_config_task_status import SlbVmInstanceConfigTaskStatus

__all__ = [
    "SlbVmConfigTask",
]


class SlbVmConfigTask(ZStackModel):
    """The ``SlbVmConfigTask`` structure."""

    config_version: int | None = None
    """configVersion (since 5.1.0)"""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.1.0)"""

    last_failed_reason: str | None = None
    """lastFailedReason (since 5.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.1.0)"""

    retry_number: int | None = None
    """retryNumber (since 5.1.0)"""

    status: SlbVmInstanceConfigTaskStatus | None = None
    """详情参考status (since 5.1.0)"""

    task_data: str | None = None
    """taskData (since 5.1.0)"""

    task_name: str | None = None
    """taskName (since 5.1.0)"""

    vm_instance_uuid: str | None = None
    """云主机UUID (since 5.1.0)"""
