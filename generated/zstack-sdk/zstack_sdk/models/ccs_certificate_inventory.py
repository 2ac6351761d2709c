"""Result models: CCSCertificateInventory (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CCSCertificateInventory",
]


class CCSCertificateInventory(ZStackModel):
    """ZStack's `CCSCertificateInventory`."""

    algorithm: str | None = None

    create_date: ZStackDateTime | None = None

    effective_time: ZStackDateTime | None = None

    expiration_time: ZStackDateTime | None = None

    format: str | None = None

    issuer_dn: str | None = Field(None, alias="issuerDN")

    last_op_date: ZStackDateTime | None = None

    ser_number: str | None = None

    subject_dn: str | None = Field(None, alias="subjectDN")

    user_certificate_refs: list[Any] | None = None

    uuid: str | None = None
