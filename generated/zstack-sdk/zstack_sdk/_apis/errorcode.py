"""``client.errorcode``: 4 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace

if TYPE_CHECKING:
    from ..models.check_elaboration_content_result import CheckElaborationContentResult
    from ..models.get_elaboration_categories_result import GetElaborationCategoriesResult
    from ..models.get_elaborations_result import GetElaborationsResult
    from ..models.reload_elaboration_result import ReloadElaborationResult

__all__ = ["AsyncErrorcodeApi", "ErrorcodeApi"]


CHECK_ELABORATION_CONTENT: Api[CheckElaborationContentResult] = Api(
    "CheckElaborationContent",
    "POST",
    "/errorcode/elaborations/check",
    params=(
        ("elaborateContent", "body", None),
        ("elaborateFile", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("elaborate_content", "elaborate_file", "system_tags", "user_tags"),
    body_key="params",
    since=None,
    result=".models.check_elaboration_content_result:CheckElaborationContentResult",
    checks=(
        ("elaborateContent", "elaborate_content", "minLength", 1),
        ("elaborateFile", "elaborate_file", "minLength", 1),
    ),
)

GET_ELABORATION_CATEGORIES: Api[GetElaborationCategoriesResult] = Api(
    "GetElaborationCategories",
    "GET",
    "/errorcode/elaborations/categories",
    params=(
        ("systemTags", "query", "4.5.0"),
        ("userTags", "query", "4.5.0"),
    ),
    names=("system_tags", "user_tags"),
    since="4.5.0",
    result=".models.get_elaboration_categories_result:GetElaborationCategoriesResult",
)

GET_ELABORATIONS: Api[GetElaborationsResult] = Api(
    "GetElaborations",
    "GET",
    "/errorcode/elaborations",
    params=(
        ("category", "query", "3.3.0"),
        ("regex", "query", "3.3.0"),
        ("code", "query", "3.6.0"),
        ("systemTags", "query", "3.3.0"),
        ("userTags", "query", "3.3.0"),
    ),
    names=("category", "regex", "code", "system_tags", "user_tags"),
    since="3.3.0",
    result=".models.get_elaborations_result:GetElaborationsResult",
)

RELOAD_ELABORATION: Api[ReloadElaborationResult] = Api(
    "ReloadElaboration",
    "PUT",
    "/errorcode/actions",
    params=(
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("system_tags", "user_tags"),
    body_key="reloadElaboration",
    since=None,
    result=".models.reload_elaboration_result:ReloadElaborationResult",
)


class ErrorcodeApi(SyncNamespace):
    """errorcode: 4 APIs (CheckElaborationContent, GetElaborationCategories, GetElaborations, ...)."""

    __slots__ = ()

    def check_elaboration_content(
        self,
        *,
        elaborate_content: str | None = None,
        elaborate_file: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckElaborationContentResult:
        """Check elaboration content (CheckElaborationContent).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CheckElaborationContentAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            elaborate_content: elaborateContent (minLength 1)
            elaborate_file: elaborateFile (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_ELABORATION_CONTENT,
            {
                "elaborateContent": elaborate_content,
                "elaborateFile": elaborate_file,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_elaboration_categories(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetElaborationCategoriesResult:
        """查看错误码目录列表 (GetElaborationCategories).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ELABORATION_CATEGORIES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_elaborations(
        self,
        *,
        category: str | None = None,
        regex: str | None = None,
        code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetElaborationsResult:
        """查看系统错误码 (GetElaborations).

        Since ZStack 3.3.0. Synchronous (a 202 is still followed).

        Args:
            category: 错误码的类别，指向资源或服务的类别，例如HOST (since 3.3.0)
            regex: 错误码关键字 (since 3.3.0)
            code: 错误代码，与category一起使用 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ELABORATIONS,
            {
                "category": category,
                "regex": regex,
                "code": code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def reload_elaboration(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReloadElaborationResult:
        """Reload elaboration (ReloadElaboration).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ReloadElaborationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            RELOAD_ELABORATION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncErrorcodeApi(AsyncNamespace):
    """errorcode: 4 APIs (CheckElaborationContent, GetElaborationCategories, GetElaborations, ...). (asyncio)"""

    __slots__ = ()

    async def check_elaboration_content(
        self,
        *,
        elaborate_content: str | None = None,
        elaborate_file: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CheckElaborationContentResult:
        """Check elaboration content (CheckElaborationContent).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CheckElaborationContentAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            elaborate_content: elaborateContent (minLength 1)
            elaborate_file: elaborateFile (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_ELABORATION_CONTENT,
            {
                "elaborateContent": elaborate_content,
                "elaborateFile": elaborate_file,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_elaboration_categories(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetElaborationCategoriesResult:
        """查看错误码目录列表 (GetElaborationCategories).

        Since ZStack 4.5.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ELABORATION_CATEGORIES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_elaborations(
        self,
        *,
        category: str | None = None,
        regex: str | None = None,
        code: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetElaborationsResult:
        """查看系统错误码 (GetElaborations).

        Since ZStack 3.3.0. Synchronous (a 202 is still followed).

        Args:
            category: 错误码的类别，指向资源或服务的类别，例如HOST (since 3.3.0)
            regex: 错误码关键字 (since 3.3.0)
            code: 错误代码，与category一起使用 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ELABORATIONS,
            {
                "category": category,
                "regex": regex,
                "code": code,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def reload_elaboration(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ReloadElaborationResult:
        """Reload elaboration (ReloadElaboration).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ReloadElaborationAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            RELOAD_ELABORATION,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
