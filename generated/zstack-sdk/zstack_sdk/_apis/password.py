"""``client.password``: 1 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.validate_password_result import ValidatePasswordResult

__all__ = ["AsyncPasswordApi", "PasswordApi"]


VALIDATE_PASSWORD: Api[ValidatePasswordResult] = Api(
    "ValidatePassword",
    "PUT",
    "/password/verify",
    params=(
        ("loginName", "body", None),
        ("loginType", "body", None),
        ("password", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("login_name", "login_type", "password", "system_tags", "user_tags"),
    required=("loginName", "loginType", "password"),
    body_key="validatePassword",
    since=None,
    result=".models.validate_password_result:ValidatePasswordResult",
    auth=False,
)


class PasswordApi(SyncNamespace):
    """password: 1 APIs (ValidatePassword)."""

    __slots__ = ()

    def validate_password(
        self,
        *,
        login_name: str,
        login_type: str,
        password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidatePasswordResult:
        """Validate password (ValidatePassword).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidatePasswordAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            login_name: loginName
            login_type: loginType
            password: password
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            VALIDATE_PASSWORD,
            {
                "loginName": login_name,
                "loginType": login_type,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPasswordApi(AsyncNamespace):
    """password: 1 APIs (ValidatePassword). (asyncio)"""

    __slots__ = ()

    async def validate_password(
        self,
        *,
        login_name: str,
        login_type: str,
        password: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ValidatePasswordResult:
        """Validate password (ValidatePassword).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ValidatePasswordAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            login_name: loginName
            login_type: loginType
            password: password
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            VALIDATE_PASSWORD,
            {
                "loginName": login_name,
                "loginType": login_type,
                "password": password,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
