"""``client.security_machines``: 9 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.change_security_machine_state_result import ChangeSecurityMachineStateResult
    from ..models.delete_security_machine_result import DeleteSecurityMachineResult
    from ..models.query_security_machine_result import QuerySecurityMachineResult
    from ..models.update_fi_sec_security_machine_result import UpdateFiSecSecurityMachineResult
    from ..models.update_flk_sec_security_machine_result import UpdateFlkSecSecurityMachineResult
    from ..models.update_info_sec_security_machine_result import UpdateInfoSecSecurityMachineResult
    from ..models.update_jit_security_machine_result import UpdateJitSecurityMachineResult
    from ..models.update_san_sec_security_machine_result import UpdateSanSecSecurityMachineResult
    from ..models.update_security_machine_result import UpdateSecurityMachineResult

__all__ = ["AsyncSecurityMachinesApi", "SecurityMachinesApi"]


CHANGE_SECURITY_MACHINE_STATE: Api[ChangeSecurityMachineStateResult] = Api(
    "ChangeSecurityMachineState",
    "PUT",
    "/security-machines/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("stateEvent", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeSecurityMachineState",
    since=None,
    result=".models.change_security_machine_state_result:ChangeSecurityMachineStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

DELETE_SECURITY_MACHINE: Api[DeleteSecurityMachineResult] = Api(
    "DeleteSecurityMachine",
    "DELETE",
    "/security-machines/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_security_machine_result:DeleteSecurityMachineResult",
)

QUERY_SECURITY_MACHINE: Api[QuerySecurityMachineResult] = Api(
    "QuerySecurityMachine",
    "GET",
    "/security-machines",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_security_machine_result:QuerySecurityMachineResult",
    query=True,
)

UPDATE_FI_SEC_SECURITY_MACHINE: Api[UpdateFiSecSecurityMachineResult] = Api(
    "UpdateFiSecSecurityMachine",
    "PUT",
    "/security-machines/fiSec/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("port", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "management_ip",
        "model",
        "name",
        "port",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateFiSecSecurityMachine",
    since=None,
    result=".models.update_fi_sec_security_machine_result:UpdateFiSecSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("managementIp", "management_ip", "maxLength", 255),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
    ),
)

UPDATE_FLK_SEC_SECURITY_MACHINE: Api[UpdateFlkSecSecurityMachineResult] = Api(
    "UpdateFlkSecSecurityMachine",
    "PUT",
    "/security-machines/flkSec/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("port", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "management_ip",
        "model",
        "name",
        "port",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateFlkSecSecurityMachine",
    since=None,
    result=".models.update_flk_sec_security_machine_result:UpdateFlkSecSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("managementIp", "management_ip", "maxLength", 255),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
    ),
)

UPDATE_INFO_SEC_SECURITY_MACHINE: Api[UpdateInfoSecSecurityMachineResult] = Api(
    "UpdateInfoSecSecurityMachine",
    "PUT",
    "/security-machines/infoSec/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("port", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "management_ip",
        "model",
        "name",
        "password",
        "port",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateInfoSecSecurityMachine",
    since=None,
    result=".models.update_info_sec_security_machine_result:UpdateInfoSecSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("managementIp", "management_ip", "maxLength", 255),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
    ),
)

UPDATE_JIT_SECURITY_MACHINE: Api[UpdateJitSecurityMachineResult] = Api(
    "UpdateJitSecurityMachine",
    "PUT",
    "/security-machines/jida/auth-gateway/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("port", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "management_ip",
        "model",
        "name",
        "port",
        "system_tags",
        "user_tags",
    ),
    required=("uuid", "port"),
    body_key="updateJitSecurityMachine",
    since=None,
    result=".models.update_jit_security_machine_result:UpdateJitSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("managementIp", "management_ip", "maxLength", 255),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SAN_SEC_SECURITY_MACHINE: Api[UpdateSanSecSecurityMachineResult] = Api(
    "UpdateSanSecSecurityMachine",
    "PUT",
    "/security-machines/sanSec/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("password", "body", None),
        ("port", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "uuid",
        "description",
        "management_ip",
        "model",
        "name",
        "password",
        "port",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateSanSecSecurityMachine",
    since=None,
    result=".models.update_san_sec_security_machine_result:UpdateSanSecSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("managementIp", "management_ip", "maxLength", 255),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("password", "password", "maxLength", 255),
        ("port", "port", "minimum", 1),
        ("port", "port", "maximum", 65535),
    ),
)

UPDATE_SECURITY_MACHINE: Api[UpdateSecurityMachineResult] = Api(
    "UpdateSecurityMachine",
    "PUT",
    "/security-machines/{uuid}/actions",
    params=(
        ("uuid", "path", None),
        ("description", "body", None),
        ("managementIp", "body", None),
        ("model", "body", None),
        ("name", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("uuid", "description", "management_ip", "model", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSecurityMachine",
    since=None,
    result=".models.update_security_machine_result:UpdateSecurityMachineResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("managementIp", "management_ip", "minLength", 1),
        ("managementIp", "management_ip", "maxLength", 255),
        ("model", "model", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)


class SecurityMachinesApi(SyncNamespace):
    """security-machines: 9 APIs (ChangeSecurityMachineState, DeleteSecurityMachine, QuerySecurityMachine, ...)."""

    __slots__ = ()

    def change_security_machine_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityMachineStateResult:
        """Change security machine state (ChangeSecurityMachineState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeSecurityMachineStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SECURITY_MACHINE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_security_machine(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecurityMachineResult:
        """Delete security machine (DeleteSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_security_machine(
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
    ) -> QuerySecurityMachineResult:
        """Query security machine (QuerySecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QuerySecurityMachineAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SECURITY_MACHINE,
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

    def query_security_machine_pages(
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
        """Every result of ``query_security_machine``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECURITY_MACHINE,
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

    def update_fi_sec_security_machine(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFiSecSecurityMachineResult:
        """Update fi sec security machine (UpdateFiSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFiSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port (minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FI_SEC_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_flk_sec_security_machine(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlkSecSecurityMachineResult:
        """Update flk sec security machine (UpdateFlkSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFlkSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port (minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_FLK_SEC_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_info_sec_security_machine(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        password: str | None = None,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateInfoSecSecurityMachineResult:
        """Update info sec security machine (UpdateInfoSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateInfoSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password (maxLength 255)
            port: port (minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_INFO_SEC_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_jit_security_machine(
        self,
        *,
        uuid: str,
        port: int,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateJitSecurityMachineResult:
        """Update jit security machine (UpdateJitSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateJitSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_JIT_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_san_sec_security_machine(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        password: str | None = None,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSanSecSecurityMachineResult:
        """Update san sec security machine (UpdateSanSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSanSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password (maxLength 255)
            port: port (minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SAN_SEC_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_security_machine(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecurityMachineResult:
        """Update security machine (UpdateSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSecurityMachinesApi(AsyncNamespace):
    """security-machines: 9 APIs (ChangeSecurityMachineState, DeleteSecurityMachine, QuerySecurityMachine, ...). (asyncio)"""

    __slots__ = ()

    async def change_security_machine_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSecurityMachineStateResult:
        """Change security machine state (ChangeSecurityMachineState).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/ChangeSecurityMachineStateAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            state_event: stateEvent (enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SECURITY_MACHINE_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_security_machine(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSecurityMachineResult:
        """Delete security machine (DeleteSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_security_machine(
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
    ) -> QuerySecurityMachineResult:
        """Query security machine (QuerySecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QuerySecurityMachineAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SECURITY_MACHINE,
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

    def query_security_machine_pages(
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
        """Every result of ``query_security_machine``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SECURITY_MACHINE,
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

    async def update_fi_sec_security_machine(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFiSecSecurityMachineResult:
        """Update fi sec security machine (UpdateFiSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFiSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port (minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FI_SEC_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_flk_sec_security_machine(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateFlkSecSecurityMachineResult:
        """Update flk sec security machine (UpdateFlkSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateFlkSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port (minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_FLK_SEC_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_info_sec_security_machine(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        password: str | None = None,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateInfoSecSecurityMachineResult:
        """Update info sec security machine (UpdateInfoSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateInfoSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password (maxLength 255)
            port: port (minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_INFO_SEC_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_jit_security_machine(
        self,
        *,
        uuid: str,
        port: int,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateJitSecurityMachineResult:
        """Update jit security machine (UpdateJitSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateJitSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            port: port
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_JIT_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_san_sec_security_machine(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        password: str | None = None,
        port: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSanSecSecurityMachineResult:
        """Update san sec security machine (UpdateSanSecSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSanSecSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            password: password (maxLength 255)
            port: port (minimum 1; maximum 65535)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SAN_SEC_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "password": password,
                "port": port,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_security_machine(
        self,
        *,
        uuid: str,
        description: str | None = None,
        management_ip: str | None = None,
        model: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSecurityMachineResult:
        """Update security machine (UpdateSecurityMachine).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateSecurityMachineAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            description: description (maxLength 2048)
            management_ip: managementIp (minLength 1; maxLength 255)
            model: model (maxLength 255)
            name: name (maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SECURITY_MACHINE,
            {
                "uuid": uuid,
                "description": description,
                "managementIp": management_ip,
                "model": model,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
