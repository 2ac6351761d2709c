"""Result models: GetSignatureServerEncryptPublicKeyResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetSignatureServerEncryptPublicKeyResult",
]


class GetSignatureServerEncryptPublicKeyResult(ZStackModel):
    """The result of GetSignatureServerEncryptPublicKey (ZStack's `GetSignatureServerEncryptPublicKeyResult`)."""

    error: ErrorCode | None = None

    public_key: str | None = None
