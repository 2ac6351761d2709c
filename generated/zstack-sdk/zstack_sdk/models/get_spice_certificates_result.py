"""Result models: GetSpiceCertificatesResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetSpiceCertificatesResult",
]


class GetSpiceCertificatesResult(ZStackModel):
    """The result of GetSpiceCertificates (ZStack's `GetSpiceCertificatesResult`)."""

    certificate_str: str | None = None
    """spice CA证书 (since 3.7.0)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""
