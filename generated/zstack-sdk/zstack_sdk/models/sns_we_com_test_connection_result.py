"""Result models: SNSWeComTestConnectionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel

__all__ = [
    "SNSWeComTestConnectionResult",
]


class SNSWeComTestConnectionResult(ZStackModel):
    """The ``SNSWeComTestConnectionResult`` structure."""

    connected: bool | None = None

    webhook_resp: dict[str, Any] | None = None
