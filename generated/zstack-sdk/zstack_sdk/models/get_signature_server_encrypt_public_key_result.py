"""Result models: GetSignatureServerEncryptPublicKeyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "GetSignatureServerEncryptPublicKeyResult",
]


class GetSignatureServerEncryptPublicKeyResult(ZStackModel):
    """The ``GetSignatureServerEncryptPublicKeyResult`` structure."""

    public_key: str | None = None
