"""Result models: GetObservabilityServerServiceDataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .observability_server_service_data_inventory import ObservabilityServerServiceDataInventory

__all__ = [
    "GetObservabilityServerServiceDataResult",
]


class GetObservabilityServerServiceDataResult(ZStackModel):
    """The result of GetObservabilityServerServiceData."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 5.3.28)"""

    inventory: list[ObservabilityServerServiceDataInventory] | None = None
    """详情参考inventories (since 5.3.28)"""

    success: bool | None = None
    """success (since 5.3.28)"""

    total: int | None = None
    """total (since 5.3.28)"""
