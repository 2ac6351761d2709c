"""Result models: GetLoginProceduresResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .login_authentication_procedure_desc import LoginAuthenticationProcedureDesc

__all__ = [
    "GetLoginProceduresResult",
]


class GetLoginProceduresResult(ZStackModel):
    """The result of GetLoginProcedures (ZStack's `GetLoginProceduresResult`)."""

    error: ErrorCode | None = None

    procedures: list[LoginAuthenticationProcedureDesc] | None = None
