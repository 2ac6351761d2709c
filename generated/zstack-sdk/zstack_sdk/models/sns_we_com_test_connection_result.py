"""Result models: SNSWeComTestConnectionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "SNSWeComTestConnectionResult",
]


class SNSWeComTestConnectionResult(ZStackModel):
    """The ``SNSWeComTestConnectionResult`` structure."""

    connected: bool | None = None

    webhook_resp: dict[str, Any] | None = None
