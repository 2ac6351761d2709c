"""Result models: GetEncryptedFieldResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetEncryptedFieldResult",
]


class GetEncryptedFieldResult(ZStackModel):
    """The result of GetEncryptedField (ZStack's `GetEncryptedFieldResult`)."""

    encrypted_fields: list[str] | None = None

    error: ErrorCode | None = None
