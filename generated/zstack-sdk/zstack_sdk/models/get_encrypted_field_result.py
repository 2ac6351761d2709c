"""Result models: GetEncryptedFieldResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "GetEncryptedFieldResult",
]


class GetEncryptedFieldResult(ZStackModel):
    """The ``GetEncryptedFieldResult`` structure."""

    encrypted_fields: list[Any] | None = None
