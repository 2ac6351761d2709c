"""Result models: CreateCertificateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .certificate_inventory import CertificateInventory
from .error_code import ErrorCode

__all__ = [
    "CreateCertificateResult",
]


class CreateCertificateResult(ZStackModel):
    """The result of CreateCertificate (ZStack's `CreateCertificateResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3.2)"""

    inventory: CertificateInventory | None = None
    """详情参考inventory (since 2.3.2)"""
