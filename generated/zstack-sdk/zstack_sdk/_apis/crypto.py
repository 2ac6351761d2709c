"""``client.crypto``: 6 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_ccs_certificate_result import AddCCSCertificateResult
    from ..models.attach_ccs_certificate_to_user_result import AttachCCSCertificateToUserResult
    from ..models.delete_ccs_certificate_result import DeleteCCSCertificateResult
    from ..models.detach_ccs_certificate_from_user_result import DetachCCSCertificateFromUserResult
    from ..models.query_ccs_certificate_result import QueryCCSCertificateResult
    from ..models.update_ccs_certificate_user_state_result import (
        UpdateCCSCertificateUserStateResult,
    )

__all__ = ["AsyncCryptoApi", "CryptoApi"]


ADD_CCS_CERTIFICATE: Api[AddCCSCertificateResult] = Api(
    "AddCCSCertificate",
    "PUT",
    "/crypto/ccs-certificate/add",
    params=(
        ("certificate", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("certificate", "system_tags", "user_tags"),
    required=("certificate",),
    body_key="addCCSCertificate",
    since=None,
    result=".models.add_ccs_certificate_result:AddCCSCertificateResult",
    checks=(("certificate", "certificate", "minLength", 1),),
)

ATTACH_CCS_CERTIFICATE_TO_USER: Api[AttachCCSCertificateToUserResult] = Api(
    "AttachCCSCertificateToUser",
    "POST",
    "/crypto/ccs-certificate/attach-user/{userUuid}",
    params=(
        ("userUuid", "path", None),
        ("certificateUuid", "body", None),
        ("state", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("user_uuid", "certificate_uuid", "state", "system_tags", "user_tags"),
    required=("userUuid",),
    body_key="params",
    since=None,
    result=".models.attach_ccs_certificate_to_user_result:AttachCCSCertificateToUserResult",
    checks=(
        ("userUuid", "user_uuid", "minLength", 1),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)

DELETE_CCS_CERTIFICATE: Api[DeleteCCSCertificateResult] = Api(
    "DeleteCCSCertificate",
    "DELETE",
    "/crypto/ccs-certificate/delete/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_ccs_certificate_result:DeleteCCSCertificateResult",
)

DETACH_CCS_CERTIFICATE_FROM_USER: Api[DetachCCSCertificateFromUserResult] = Api(
    "DetachCCSCertificateFromUser",
    "POST",
    "/crypto/ccs-certificate/detach-user/{userUuid}",
    params=(
        ("userUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("user_uuid", "system_tags", "user_tags"),
    required=("userUuid",),
    body_key="params",
    since=None,
    result=".models.detach_ccs_certificate_from_user_result:DetachCCSCertificateFromUserResult",
    checks=(("userUuid", "user_uuid", "minLength", 1),),
)

QUERY_CCS_CERTIFICATE: Api[QueryCCSCertificateResult] = Api(
    "QueryCCSCertificate",
    "GET",
    "/crypto/ccs-certificate/certificates/",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_ccs_certificate_result:QueryCCSCertificateResult",
    query=True,
)

UPDATE_CCS_CERTIFICATE_USER_STATE: Api[UpdateCCSCertificateUserStateResult] = Api(
    "UpdateCCSCertificateUserState",
    "POST",
    "/crypto/ccs-certificate/update-state/{userUuid}",
    params=(
        ("userUuid", "path", None),
        ("state", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("user_uuid", "state", "system_tags", "user_tags"),
    required=("userUuid", "state"),
    body_key="params",
    since=None,
    result=".models.update_ccs_certificate_user_state_result:UpdateCCSCertificateUserStateResult",
    checks=(
        ("userUuid", "user_uuid", "minLength", 1),
        ("state", "state", "enum", ("enable", "disable")),
    ),
)


class CryptoApi(SyncNamespace):
    """crypto: 6 APIs (AddCCSCertificate, AttachCCSCertificateToUser, DeleteCCSCertificate, ...)."""

    __slots__ = ()

    def add_ccs_certificate(
        self,
        *,
        certificate: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCCSCertificateResult:
        """Add CCS certificate (AddCCSCertificate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddCCSCertificateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            certificate: certificate (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_CCS_CERTIFICATE,
            {
                "certificate": certificate,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_ccs_certificate_to_user(
        self,
        *,
        user_uuid: str,
        certificate_uuid: str | None = None,
        state: Literal["enable", "disable"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachCCSCertificateToUserResult:
        """Attach CCS certificate to user (AttachCCSCertificateToUser).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachCCSCertificateToUserAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            user_uuid: userUuid (minLength 1)
            certificate_uuid: certificateUuid
            state: state (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_CCS_CERTIFICATE_TO_USER,
            {
                "userUuid": user_uuid,
                "certificateUuid": certificate_uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ccs_certificate(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCCSCertificateResult:
        """Delete CCS certificate (DeleteCCSCertificate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteCCSCertificateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CCS_CERTIFICATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_ccs_certificate_from_user(
        self,
        *,
        user_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachCCSCertificateFromUserResult:
        """Detach CCS certificate from user (DetachCCSCertificateFromUser).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachCCSCertificateFromUserAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            user_uuid: userUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_CCS_CERTIFICATE_FROM_USER,
            {
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_ccs_certificate(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryCCSCertificateResult:
        """Query CCS certificate (QueryCCSCertificate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryCCSCertificateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CCS_CERTIFICATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_ccs_certificate_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[Any]:
        """Every result of ``query_ccs_certificate``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CCS_CERTIFICATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    def update_ccs_certificate_user_state(
        self,
        *,
        user_uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCCSCertificateUserStateResult:
        """Update CCS certificate user state (UpdateCCSCertificateUserState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateCCSCertificateUserStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            user_uuid: userUuid (minLength 1)
            state: state (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CCS_CERTIFICATE_USER_STATE,
            {
                "userUuid": user_uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncCryptoApi(AsyncNamespace):
    """crypto: 6 APIs (AddCCSCertificate, AttachCCSCertificateToUser, DeleteCCSCertificate, ...). (asyncio)"""

    __slots__ = ()

    async def add_ccs_certificate(
        self,
        *,
        certificate: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCCSCertificateResult:
        """Add CCS certificate (AddCCSCertificate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddCCSCertificateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            certificate: certificate (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_CCS_CERTIFICATE,
            {
                "certificate": certificate,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_ccs_certificate_to_user(
        self,
        *,
        user_uuid: str,
        certificate_uuid: str | None = None,
        state: Literal["enable", "disable"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachCCSCertificateToUserResult:
        """Attach CCS certificate to user (AttachCCSCertificateToUser).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachCCSCertificateToUserAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            user_uuid: userUuid (minLength 1)
            certificate_uuid: certificateUuid
            state: state (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_CCS_CERTIFICATE_TO_USER,
            {
                "userUuid": user_uuid,
                "certificateUuid": certificate_uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ccs_certificate(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCCSCertificateResult:
        """Delete CCS certificate (DeleteCCSCertificate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteCCSCertificateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CCS_CERTIFICATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_ccs_certificate_from_user(
        self,
        *,
        user_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachCCSCertificateFromUserResult:
        """Detach CCS certificate from user (DetachCCSCertificateFromUser).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DetachCCSCertificateFromUserAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            user_uuid: userUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_CCS_CERTIFICATE_FROM_USER,
            {
                "userUuid": user_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_ccs_certificate(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        limit: int | None = None,
        start: int | None = None,
        count: bool = False,
        reply_with_count: bool = False,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> QueryCCSCertificateResult:
        """Query CCS certificate (QueryCCSCertificate).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryCCSCertificateAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CCS_CERTIFICATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=limit,
                    start=start,
                    count=count,
                    reply_with_count=reply_with_count,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
        )

    def query_ccs_certificate_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every result of ``query_ccs_certificate``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CCS_CERTIFICATE,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
                **query_options(
                    conditions=conditions,
                    limit=None,
                    start=None,
                    count=None,
                    reply_with_count=None,
                    sort_by=sort_by,
                    sort_direction=sort_direction,
                    fields=fields,
                ),
            },
            page_size,
        )

    async def update_ccs_certificate_user_state(
        self,
        *,
        user_uuid: str,
        state: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCCSCertificateUserStateResult:
        """Update CCS certificate user state (UpdateCCSCertificateUserState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateCCSCertificateUserStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            user_uuid: userUuid (minLength 1)
            state: state (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CCS_CERTIFICATE_USER_STATE,
            {
                "userUuid": user_uuid,
                "state": state,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
