"""Result models: GetSignatureServerEncryptPublicKeyResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "GetSignatureServerEncryptPublicKeyResult",
]


class GetSignatureServerEncryptPublicKeyResult(ZStackModel):
    """The ``GetSignatureServerEncryptPublicKeyResult`` structure."""

    public_key: str | None = None
