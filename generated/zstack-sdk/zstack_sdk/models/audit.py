"""Result models: Audit (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "Audit",
]


class Audit(ZStackModel):
    """The ``Audit`` structure."""

    api_name: str | None = None
    """API名称 (since 2.3)"""

    duration: int | None = None
    """API耗时 (since 2.3)"""

    error: str | None = None
    """错误详情 (since 2.3)"""

    operator_account_uuid: str | None = None
    """发起API账号UUID (since 2.3)"""

    request_dump: str | None = None
    """API请求JSON存档 (since 2.3)"""

    request_uuid: str | None = None
    """API请求UUID (since 2.3)"""

    resource_type: str | None = None
    """资源类型 (since 2.3)"""

    resource_uuid: str | None = None
    """资源UUID (since 2.3)"""

    response_dump: str | None = None
    """API返回JSON存档 (since 2.3)"""

    response_uuid: str | None = None
    """API返回UUID (since 2.3)"""

    session_uuid: str | None = None
    """会话UUID (since 2.3)"""

    time: int | None = None
    """记录生成时间 (since 2.3)"""
