"""Result models: SNSWeComTestConnectionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "SNSWeComTestConnectionResult",
]


class SNSWeComTestConnectionResult(ZStackModel):
    """The result of SNSWeComTestConnection (ZStack's `SNSWeComTestConnectionResult`)."""

    connected: bool | None = None

    error: ErrorCode | None = None

    webhook_resp: dict[str, Any] | None = None
