"""Result models: DetachServiceFromObservabilityServerResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .observability_server_vm_inventory import ObservabilityServerVmInventory

__all__ = [
    "DetachServiceFromObservabilityServerResult",
]


class DetachServiceFromObservabilityServerResult(ZStackModel):
    """The result of DetachServiceFromObservabilityServer."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.3.28)"""

    inventory: ObservabilityServerVmInventory | None = None
    """详情参考inventory (since 5.3.28)"""

    success: bool | None = None
    """success (since 5.3.28)"""
