"""Result models: LoginAuthenticationProcedureDesc (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel

__all__ = [
    "LoginAuthenticationProcedureDesc",
]


class LoginAuthenticationProcedureDesc(ZStackModel):
    """ZStack's `LoginAuthenticationProcedureDesc`."""

    name: str | None = None

    order: int | None = None

    properties: dict[str, str] | None = None
