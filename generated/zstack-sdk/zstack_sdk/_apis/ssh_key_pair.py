"""``client.ssh_key_pair``: 7 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_ssh_key_pair_to_vm_instance_result import (
        AttachSshKeyPairToVmInstanceResult,
    )
    from ..models.create_ssh_key_pair_result import CreateSshKeyPairResult
    from ..models.delete_ssh_key_pair_result import DeleteSshKeyPairResult
    from ..models.detach_ssh_key_pair_from_vm_instance_result import (
        DetachSshKeyPairFromVmInstanceResult,
    )
    from ..models.generate_ssh_key_pair_result import GenerateSshKeyPairResult
    from ..models.query_ssh_key_pair_result import QuerySshKeyPairResult
    from ..models.ssh_key_pair_inventory import SshKeyPairInventory
    from ..models.update_ssh_key_pair_result import UpdateSshKeyPairResult

__all__ = ["AsyncSshKeyPairApi", "SshKeyPairApi"]


ATTACH_SSH_KEY_PAIR_TO_VM_INSTANCE: Api[AttachSshKeyPairToVmInstanceResult] = Api(
    "AttachSshKeyPairToVmInstance",
    "POST",
    "/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}",
    params=(
        ("sshKeyPairUuid", "path", "4.7.21"),
        ("vmInstanceUuid", "path", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=("ssh_key_pair_uuid", "vm_instance_uuid", "system_tags", "user_tags"),
    required=("sshKeyPairUuid", "vmInstanceUuid"),
    body_key="params",
    since="4.7.21",
    result=".models.attach_ssh_key_pair_to_vm_instance_result:AttachSshKeyPairToVmInstanceResult",
)

CREATE_SSH_KEY_PAIR: Api[CreateSshKeyPairResult] = Api(
    "CreateSshKeyPair",
    "POST",
    "/ssh-key-pair",
    params=(
        ("description", "body", "4.7.21"),
        ("name", "body", "4.7.21"),
        ("publicKey", "body", "4.7.21"),
        ("resourceUuid", "body", "4.7.21"),
        ("tagUuids", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=(
        "description",
        "name",
        "public_key",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name", "publicKey"),
    body_key="params",
    since="4.7.21",
    result=".models.create_ssh_key_pair_result:CreateSshKeyPairResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$"),
        ("publicKey", "public_key", "maxLength", 4096),
    ),
)

DELETE_SSH_KEY_PAIR: Api[DeleteSshKeyPairResult] = Api(
    "DeleteSshKeyPair",
    "DELETE",
    "/ssh-key-pair/{uuid}",
    params=(
        ("uuid", "path", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.7.21",
    result=".models.delete_ssh_key_pair_result:DeleteSshKeyPairResult",
)

DETACH_SSH_KEY_PAIR_FROM_VM_INSTANCE: Api[DetachSshKeyPairFromVmInstanceResult] = Api(
    "DetachSshKeyPairFromVmInstance",
    "DELETE",
    "/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}",
    params=(
        ("sshKeyPairUuid", "path", "4.7.21"),
        ("vmInstanceUuid", "path", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    names=("ssh_key_pair_uuid", "vm_instance_uuid", "system_tags", "user_tags"),
    required=("sshKeyPairUuid", "vmInstanceUuid"),
    since="4.7.21",
    result=".models.detach_ssh_key_pair_from_vm_instance_result:DetachSshKeyPairFromVmInstanceResult",
)

GENERATE_SSH_KEY_PAIR: Api[GenerateSshKeyPairResult] = Api(
    "GenerateSshKeyPair",
    "POST",
    "/ssh-key-pair/generate",
    params=(
        ("description", "body", "4.7.21"),
        ("name", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=("description", "name", "system_tags", "user_tags"),
    required=("name",),
    body_key="params",
    since="4.7.21",
    result=".models.generate_ssh_key_pair_result:GenerateSshKeyPairResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$"),
    ),
)

QUERY_SSH_KEY_PAIR: Api[QuerySshKeyPairResult] = Api(
    "QuerySshKeyPair",
    "GET",
    "/ssh-key-pair",
    params=(
        ("uuid", "path", "4.7.21"),
        ("systemTags", "query", "4.7.21"),
        ("userTags", "query", "4.7.21"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.7.21",
    result=".models.query_ssh_key_pair_result:QuerySshKeyPairResult",
    query=True,
    alt_paths=("/ssh-key-pair/{uuid}",),
)

UPDATE_SSH_KEY_PAIR: Api[UpdateSshKeyPairResult] = Api(
    "UpdateSshKeyPair",
    "PUT",
    "/ssh-key-pair/{uuid}/actions",
    params=(
        ("uuid", "path", "4.7.21"),
        ("description", "body", "4.7.21"),
        ("name", "body", "4.7.21"),
        ("systemTags", "root", "4.7.21"),
        ("userTags", "root", "4.7.21"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSshKeyPair",
    since="4.7.21",
    result=".models.update_ssh_key_pair_result:UpdateSshKeyPairResult",
    checks=(
        ("uuid", "uuid", "maxLength", 32),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
        ("name", "name", "pattern", "^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$"),
    ),
)


class SshKeyPairApi(SyncNamespace):
    """ssh-key-pair: 7 APIs (AttachSshKeyPairToVmInstance, CreateSshKeyPair, DeleteSshKeyPair, ...)."""

    __slots__ = ()

    def attach_ssh_key_pair_to_vm_instance(
        self,
        *,
        ssh_key_pair_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachSshKeyPairToVmInstanceResult:
        """云主机挂载密钥对 (AttachSshKeyPairToVmInstance).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ssh_key_pair_uuid: sshKeyPairUuid (since 4.7.21)
            vm_instance_uuid: 云主机UUID (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_SSH_KEY_PAIR_TO_VM_INSTANCE,
            {
                "sshKeyPairUuid": ssh_key_pair_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_ssh_key_pair(
        self,
        *,
        name: str,
        public_key: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSshKeyPairResult:
        """上传SSH密钥 (CreateSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            public_key: publicKey (since 4.7.21; maxLength 4096)
            resource_uuid: 资源UUID (since 4.7.21)
            tag_uuids: 标签UUID列表 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SSH_KEY_PAIR,
            {
                "description": description,
                "name": name,
                "publicKey": public_key,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ssh_key_pair(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSshKeyPairResult:
        """删除SSH密钥 (DeleteSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SSH_KEY_PAIR,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_ssh_key_pair_from_vm_instance(
        self,
        *,
        ssh_key_pair_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachSshKeyPairFromVmInstanceResult:
        """云主机卸载密钥对 (DetachSshKeyPairFromVmInstance).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ssh_key_pair_uuid: sshKeyPairUuid (since 4.7.21)
            vm_instance_uuid: 云主机UUID (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_SSH_KEY_PAIR_FROM_VM_INSTANCE,
            {
                "sshKeyPairUuid": ssh_key_pair_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def generate_ssh_key_pair(
        self,
        *,
        name: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateSshKeyPairResult:
        """生成SSH密钥 (GenerateSshKeyPair).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GENERATE_SSH_KEY_PAIR,
            {
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_ssh_key_pair(
        self,
        *,
        uuid: str | None = None,
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
    ) -> QuerySshKeyPairResult:
        """查询SSH密钥 (QuerySshKeyPair).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SSH_KEY_PAIR,
            {
                "uuid": uuid,
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

    def query_ssh_key_pair_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SshKeyPairInventory]:
        """Every result of ``query_ssh_key_pair``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SSH_KEY_PAIR,
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

    def update_ssh_key_pair(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSshKeyPairResult:
        """更新SSH密钥 (UpdateSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21; maxLength 32)
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SSH_KEY_PAIR,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncSshKeyPairApi(AsyncNamespace):
    """ssh-key-pair: 7 APIs (AttachSshKeyPairToVmInstance, CreateSshKeyPair, DeleteSshKeyPair, ...). (asyncio)"""

    __slots__ = ()

    async def attach_ssh_key_pair_to_vm_instance(
        self,
        *,
        ssh_key_pair_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachSshKeyPairToVmInstanceResult:
        """云主机挂载密钥对 (AttachSshKeyPairToVmInstance).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ssh_key_pair_uuid: sshKeyPairUuid (since 4.7.21)
            vm_instance_uuid: 云主机UUID (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_SSH_KEY_PAIR_TO_VM_INSTANCE,
            {
                "sshKeyPairUuid": ssh_key_pair_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_ssh_key_pair(
        self,
        *,
        name: str,
        public_key: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSshKeyPairResult:
        """上传SSH密钥 (CreateSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            public_key: publicKey (since 4.7.21; maxLength 4096)
            resource_uuid: 资源UUID (since 4.7.21)
            tag_uuids: 标签UUID列表 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SSH_KEY_PAIR,
            {
                "description": description,
                "name": name,
                "publicKey": public_key,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ssh_key_pair(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSshKeyPairResult:
        """删除SSH密钥 (DeleteSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SSH_KEY_PAIR,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_ssh_key_pair_from_vm_instance(
        self,
        *,
        ssh_key_pair_uuid: str,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachSshKeyPairFromVmInstanceResult:
        """云主机卸载密钥对 (DetachSshKeyPairFromVmInstance).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            ssh_key_pair_uuid: sshKeyPairUuid (since 4.7.21)
            vm_instance_uuid: 云主机UUID (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_SSH_KEY_PAIR_FROM_VM_INSTANCE,
            {
                "sshKeyPairUuid": ssh_key_pair_uuid,
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def generate_ssh_key_pair(
        self,
        *,
        name: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GenerateSshKeyPairResult:
        """生成SSH密钥 (GenerateSshKeyPair).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GENERATE_SSH_KEY_PAIR,
            {
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_ssh_key_pair(
        self,
        *,
        uuid: str | None = None,
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
    ) -> QuerySshKeyPairResult:
        """查询SSH密钥 (QuerySshKeyPair).

        Since ZStack 4.7.21. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.7.21)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SSH_KEY_PAIR,
            {
                "uuid": uuid,
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

    def query_ssh_key_pair_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SshKeyPairInventory]:
        """Every result of ``query_ssh_key_pair``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SSH_KEY_PAIR,
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

    async def update_ssh_key_pair(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSshKeyPairResult:
        """更新SSH密钥 (UpdateSshKeyPair).

        Since ZStack 4.7.21. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.7.21; maxLength 32)
            description: 资源的详细描述 (since 4.7.21; maxLength 2048)
            name: 资源名称 (since 4.7.21; maxLength 255; pattern ^[\\u4e00-\\u9fa5a-zA-Z0-9\\s()（）【】@._+-]+$)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SSH_KEY_PAIR,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
