"""Result models: QueryCertificateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .certificate_inventory import CertificateInventory
from .error_code import ErrorCode

__all__ = [
    "QueryCertificateResult",
]


class QueryCertificateResult(ZStackModel):
    """The result of QueryCertificate (ZStack's `QueryCertificateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventories: list[CertificateInventory] | None = None
    """详情参考inventories (since 0.6)"""

    total: int | None = None
