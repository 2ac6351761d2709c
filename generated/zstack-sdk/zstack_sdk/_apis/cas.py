"""``client.cas``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.login_by_cas_result import LoginByCasResult

__all__ = ["AsyncCasApi", "CasApi"]


LOGIN_BY_CAS: Api[LoginByCasResult] = Api(
    "LoginByCas",
    "PUT",
    "/cas/login/",
    params=(
        ("clientInfo", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("type", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("client_info", "name", "password", "type", "system_tags", "user_tags"),
    required=("name", "password", "type"),
    body_key="loginByCas",
    since=None,
    result=".models.login_by_cas_result:LoginByCasResult",
    auth=False,
    session=True,
)


class CasApi(SyncNamespace):
    """cas: 1 APIs (LoginByCas)."""

    __slots__ = ()

    def login_by_cas(
        self,
        *,
        name: str,
        password: str,
        type: str,
        client_info: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LoginByCasResult:
        """Login by cas (LoginByCas).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/LoginByCasAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            client_info: clientInfo
            name: name
            password: password
            type: type
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            LOGIN_BY_CAS,
            {
                "clientInfo": client_info,
                "name": name,
                "password": password,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncCasApi(AsyncNamespace):
    """cas: 1 APIs (LoginByCas). (asyncio)"""

    __slots__ = ()

    async def login_by_cas(
        self,
        *,
        name: str,
        password: str,
        type: str,
        client_info: Mapping[str, Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> LoginByCasResult:
        """Login by cas (LoginByCas).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/LoginByCasAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            client_info: clientInfo
            name: name
            password: password
            type: type
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            LOGIN_BY_CAS,
            {
                "clientInfo": client_info,
                "name": name,
                "password": password,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
