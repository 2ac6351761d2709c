"""Result models: GetVolumeQosResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetVolumeQosResult",
]


class GetVolumeQosResult(ZStackModel):
    """The result of GetVolumeQos (ZStack's `GetVolumeQosResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。详情参考error (since 0.6)"""

    iops_read: int | None = None

    iops_read_upthreshold: int | None = None
    """云盘读取IOPS上限，-1表示无上限限制 (since 4.4.0)"""

    iops_total: int | None = None

    iops_total_upthreshold: int | None = None
    """云盘总IOPS上限，-1表示无上限限制 (since 4.4.0)"""

    iops_write: int | None = None

    iops_write_upthreshold: int | None = None
    """云盘写入IOPS上限，-1表示无上限限制 (since 4.4.0)"""

    volume_bandwidth: int | None = None
    """云盘带宽，默认-1 (since 3.10)"""

    volume_bandwidth_read: int | None = None
    """云盘读带宽，默认-1 (since 3.10)"""

    volume_bandwidth_read_upthreshold: int | None = None
    """云盘读带宽上限，默认-1 (since 3.10)"""

    volume_bandwidth_upthreshold: int | None = None
    """云盘带宽上限，默认-1 (since 3.10)"""

    volume_bandwidth_write: int | None = None
    """云盘写带宽，默认-1 (since 3.10)"""

    volume_bandwidth_write_upthreshold: int | None = None
    """云盘写带宽上限，默认-1 (since 3.10)"""

    volume_uuid: str | None = None
    """云盘UUID (since 3.10)"""
