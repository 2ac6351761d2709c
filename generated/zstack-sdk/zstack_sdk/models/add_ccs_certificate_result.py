"""Result models: AddCCSCertificateResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .ccs_certificate_inventory import CCSCertificateInventory

__all__ = [
    "AddCCSCertificateResult",
]


class AddCCSCertificateResult(ZStackModel):
    """The ``AddCCSCertificateResult`` structure."""

    inventory: CCSCertificateInventory | None = None
