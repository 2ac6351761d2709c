"""``client.nas``: 15 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_aliyun_nas_access_group_result import AddAliyunNasAccessGroupResult
    from ..models.add_aliyun_nas_file_system_result import AddAliyunNasFileSystemResult
    from ..models.add_aliyun_nas_mount_target_result import AddAliyunNasMountTargetResult
    from ..models.create_aliyun_nas_access_group_result import CreateAliyunNasAccessGroupResult
    from ..models.create_aliyun_nas_access_group_rule_result import (
        CreateAliyunNasAccessGroupRuleResult,
    )
    from ..models.create_aliyun_nas_file_system_result import CreateAliyunNasFileSystemResult
    from ..models.create_aliyun_nas_mount_target_result import CreateAliyunNasMountTargetResult
    from ..models.delete_aliyun_nas_access_group_result import DeleteAliyunNasAccessGroupResult
    from ..models.delete_aliyun_nas_access_group_rule_result import (
        DeleteAliyunNasAccessGroupRuleResult,
    )
    from ..models.get_aliyun_nas_access_group_remote_result import (
        GetAliyunNasAccessGroupRemoteResult,
    )
    from ..models.get_aliyun_nas_file_system_remote_result import GetAliyunNasFileSystemRemoteResult
    from ..models.get_aliyun_nas_mount_target_remote_result import (
        GetAliyunNasMountTargetRemoteResult,
    )
    from ..models.query_aliyun_nas_access_group_result import QueryAliyunNasAccessGroupResult
    from ..models.update_aliyun_mount_target_result import UpdateAliyunMountTargetResult
    from ..models.update_aliyun_nas_access_group_result import UpdateAliyunNasAccessGroupResult

__all__ = ["AsyncNasApi", "NasApi"]


ADD_ALIYUN_NAS_ACCESS_GROUP: Api[AddAliyunNasAccessGroupResult] = Api(
    "AddAliyunNasAccessGroup",
    "PUT",
    "/nas/aliyun/access",
    params=(
        ("dataCenterUuid", "body", None),
        ("groupName", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "group_name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid", "groupName"),
    body_key="addAliyunNasAccessGroup",
    since=None,
    result=".models.add_aliyun_nas_access_group_result:AddAliyunNasAccessGroupResult",
    checks=(
        ("groupName", "group_name", "minLength", 1),
        ("groupName", "group_name", "maxLength", 255),
    ),
)

ADD_ALIYUN_NAS_FILE_SYSTEM: Api[AddAliyunNasFileSystemResult] = Api(
    "AddAliyunNasFileSystem",
    "PUT",
    "/nas/aliyun",
    params=(
        ("dataCenterUuid", "body", None),
        ("fileSystemId", "body", None),
        ("name", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "file_system_id",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid", "fileSystemId", "name"),
    body_key="addAliyunNasFileSystem",
    since=None,
    result=".models.add_aliyun_nas_file_system_result:AddAliyunNasFileSystemResult",
    checks=(
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

ADD_ALIYUN_NAS_MOUNT_TARGET: Api[AddAliyunNasMountTargetResult] = Api(
    "AddAliyunNasMountTarget",
    "PUT",
    "/nas/aliyun/mount",
    params=(
        ("mountDomain", "body", None),
        ("name", "body", None),
        ("nasFSUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "mount_domain",
        "name",
        "nas_fs_uuid",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("mountDomain", "name", "nasFSUuid"),
    body_key="addAliyunNasMountTarget",
    since=None,
    result=".models.add_aliyun_nas_mount_target_result:AddAliyunNasMountTargetResult",
    checks=(
        ("mountDomain", "mount_domain", "minLength", 1),
        ("mountDomain", "mount_domain", "maxLength", 255),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_ALIYUN_NAS_ACCESS_GROUP: Api[CreateAliyunNasAccessGroupResult] = Api(
    "CreateAliyunNasAccessGroup",
    "POST",
    "/nas/aliyun/access",
    params=(
        ("dataCenterUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("networkType", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "description",
        "name",
        "network_type",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid", "name"),
    body_key="params",
    since=None,
    result=".models.create_aliyun_nas_access_group_result:CreateAliyunNasAccessGroupResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("networkType", "network_type", "enum", ("classic", "vpc")),
    ),
)

CREATE_ALIYUN_NAS_ACCESS_GROUP_RULE: Api[CreateAliyunNasAccessGroupRuleResult] = Api(
    "CreateAliyunNasAccessGroupRule",
    "POST",
    "/nas/aliyun/rule",
    params=(
        ("accessGroupUuid", "body", None),
        ("priority", "body", None),
        ("resourceUuid", "body", None),
        ("rwAccessType", "body", None),
        ("sourceCidrIp", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "access_group_uuid",
        "priority",
        "resource_uuid",
        "rw_access_type",
        "source_cidr_ip",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("accessGroupUuid", "sourceCidrIp"),
    body_key="params",
    since=None,
    result=".models.create_aliyun_nas_access_group_rule_result:CreateAliyunNasAccessGroupRuleResult",
    checks=(
        ("priority", "priority", "minimum", 1),
        ("priority", "priority", "maximum", 100),
        ("rwAccessType", "rw_access_type", "enum", ("RDWR", "RDONLY")),
    ),
)

CREATE_ALIYUN_NAS_FILE_SYSTEM: Api[CreateAliyunNasFileSystemResult] = Api(
    "CreateAliyunNasFileSystem",
    "POST",
    "/nas/aliyun",
    params=(
        ("dataCenterUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("protocol", "body", None),
        ("resourceUuid", "body", None),
        ("storageType", "body", None),
        ("tagUuids", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "data_center_uuid",
        "description",
        "name",
        "protocol",
        "resource_uuid",
        "storage_type",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("dataCenterUuid", "name", "storageType"),
    body_key="params",
    since=None,
    result=".models.create_aliyun_nas_file_system_result:CreateAliyunNasFileSystemResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
        ("protocol", "protocol", "enum", ("NFS", "SMB")),
        ("storageType", "storage_type", "enum", ("Performance", "Capacity")),
    ),
)

CREATE_ALIYUN_NAS_MOUNT_TARGET: Api[CreateAliyunNasMountTargetResult] = Api(
    "CreateAliyunNasMountTarget",
    "POST",
    "/nas/aliyun/mount",
    params=(
        ("description", "body", None),
        ("name", "body", None),
        ("nasAccessGroupUuid", "body", None),
        ("nasFSUuid", "body", None),
        ("resourceUuid", "body", None),
        ("tagUuids", "body", None),
        ("vSwitchUuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=(
        "description",
        "name",
        "nas_access_group_uuid",
        "nas_fs_uuid",
        "resource_uuid",
        "tag_uuids",
        "v_switch_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "nasAccessGroupUuid", "nasFSUuid"),
    body_key="params",
    since=None,
    result=".models.create_aliyun_nas_mount_target_result:CreateAliyunNasMountTargetResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_ALIYUN_NAS_ACCESS_GROUP: Api[DeleteAliyunNasAccessGroupResult] = Api(
    "DeleteAliyunNasAccessGroup",
    "DELETE",
    "/nas/access/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_nas_access_group_result:DeleteAliyunNasAccessGroupResult",
)

DELETE_ALIYUN_NAS_ACCESS_GROUP_RULE: Api[DeleteAliyunNasAccessGroupRuleResult] = Api(
    "DeleteAliyunNasAccessGroupRule",
    "DELETE",
    "/nas/access/rule/{uuid}",
    params=(
        ("uuid", "path", None),
        ("deleteMode", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since=None,
    result=".models.delete_aliyun_nas_access_group_rule_result:DeleteAliyunNasAccessGroupRuleResult",
)

GET_ALIYUN_NAS_ACCESS_GROUP_REMOTE: Api[GetAliyunNasAccessGroupRemoteResult] = Api(
    "GetAliyunNasAccessGroupRemote",
    "GET",
    "/nas/aliyun/access/remote",
    params=(
        ("dataCenterUuid", "query", None),
        ("groupName", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("data_center_uuid", "group_name", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    since=None,
    result=".models.get_aliyun_nas_access_group_remote_result:GetAliyunNasAccessGroupRemoteResult",
    checks=(("groupName", "group_name", "minLength", 1),),
)

GET_ALIYUN_NAS_FILE_SYSTEM_REMOTE: Api[GetAliyunNasFileSystemRemoteResult] = Api(
    "GetAliyunNasFileSystemRemote",
    "GET",
    "/nas/aliyun/remote",
    params=(
        ("dataCenterUuid", "query", None),
        ("fileSystemId", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("data_center_uuid", "file_system_id", "system_tags", "user_tags"),
    required=("dataCenterUuid",),
    since=None,
    result=".models.get_aliyun_nas_file_system_remote_result:GetAliyunNasFileSystemRemoteResult",
    checks=(("fileSystemId", "file_system_id", "minLength", 1),),
)

GET_ALIYUN_NAS_MOUNT_TARGET_REMOTE: Api[GetAliyunNasMountTargetRemoteResult] = Api(
    "GetAliyunNasMountTargetRemote",
    "GET",
    "/nas/aliyun/mount/remote",
    params=(
        ("nasFSUuid", "query", None),
        ("mountDomain", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("nas_fs_uuid", "mount_domain", "system_tags", "user_tags"),
    required=("nasFSUuid",),
    since=None,
    result=".models.get_aliyun_nas_mount_target_remote_result:GetAliyunNasMountTargetRemoteResult",
    checks=(("mountDomain", "mount_domain", "minLength", 1),),
)

QUERY_ALIYUN_NAS_ACCESS_GROUP: Api[QueryAliyunNasAccessGroupResult] = Api(
    "QueryAliyunNasAccessGroup",
    "GET",
    "/nas/aliyun/access",
    params=(
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("system_tags", "user_tags"),
    since=None,
    result=".models.query_aliyun_nas_access_group_result:QueryAliyunNasAccessGroupResult",
    query=True,
)

UPDATE_ALIYUN_MOUNT_TARGET: Api[UpdateAliyunMountTargetResult] = Api(
    "UpdateAliyunMountTarget",
    "PUT",
    "/nas/aliyun/mount",
    params=(
        ("accessGroupUuid", "body", None),
        ("description", "body", None),
        ("name", "body", None),
        ("uuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("access_group_uuid", "description", "name", "uuid", "system_tags", "user_tags"),
    required=("accessGroupUuid", "uuid"),
    body_key="updateAliyunMountTarget",
    since=None,
    result=".models.update_aliyun_mount_target_result:UpdateAliyunMountTargetResult",
    checks=(
        ("description", "description", "maxLength", 1024),
        ("name", "name", "minLength", 1),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_ALIYUN_NAS_ACCESS_GROUP: Api[UpdateAliyunNasAccessGroupResult] = Api(
    "UpdateAliyunNasAccessGroup",
    "PUT",
    "/nas/aliyun/access",
    params=(
        ("description", "body", None),
        ("uuid", "body", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("description", "uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateAliyunNasAccessGroup",
    since=None,
    result=".models.update_aliyun_nas_access_group_result:UpdateAliyunNasAccessGroupResult",
    checks=(("description", "description", "maxLength", 1024),),
)


class NasApi(SyncNamespace):
    """nas: 15 APIs (AddAliyunNasAccessGroup, AddAliyunNasFileSystem, AddAliyunNasMountTarget, ...)."""

    __slots__ = ()

    def add_aliyun_nas_access_group(
        self,
        *,
        data_center_uuid: str,
        group_name: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunNasAccessGroupResult:
        """Add aliyun nas access group (AddAliyunNasAccessGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunNasAccessGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            group_name: groupName (minLength 1; maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ALIYUN_NAS_ACCESS_GROUP,
            {
                "dataCenterUuid": data_center_uuid,
                "groupName": group_name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_aliyun_nas_file_system(
        self,
        *,
        data_center_uuid: str,
        file_system_id: str,
        name: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunNasFileSystemResult:
        """Add aliyun nas file system (AddAliyunNasFileSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunNasFileSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            file_system_id: fileSystemId
            name: name (minLength 1; maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ALIYUN_NAS_FILE_SYSTEM,
            {
                "dataCenterUuid": data_center_uuid,
                "fileSystemId": file_system_id,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_aliyun_nas_mount_target(
        self,
        *,
        mount_domain: str,
        name: str,
        nas_fs_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunNasMountTargetResult:
        """Add aliyun nas mount target (AddAliyunNasMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunNasMountTargetAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            mount_domain: mountDomain (minLength 1; maxLength 255)
            name: name (minLength 1; maxLength 255)
            nas_fs_uuid: nasFSUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ALIYUN_NAS_MOUNT_TARGET,
            {
                "mountDomain": mount_domain,
                "name": name,
                "nasFSUuid": nas_fs_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_aliyun_nas_access_group(
        self,
        *,
        data_center_uuid: str,
        name: str,
        description: str | None = None,
        network_type: Literal["classic", "vpc"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunNasAccessGroupResult:
        """Create aliyun nas access group (CreateAliyunNasAccessGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunNasAccessGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            network_type: networkType (enum {'classic', 'vpc'})
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_NAS_ACCESS_GROUP,
            {
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "name": name,
                "networkType": network_type,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_aliyun_nas_access_group_rule(
        self,
        *,
        access_group_uuid: str,
        source_cidr_ip: str,
        priority: int | None = None,
        resource_uuid: str | None = None,
        rw_access_type: Literal["RDWR", "RDONLY"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunNasAccessGroupRuleResult:
        """Create aliyun nas access group rule (CreateAliyunNasAccessGroupRule).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunNasAccessGroupRuleAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            access_group_uuid: accessGroupUuid
            priority: priority (minimum 1; maximum 100)
            resource_uuid: resourceUuid
            rw_access_type: rwAccessType (enum {'RDWR', 'RDONLY'})
            source_cidr_ip: sourceCidrIp
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_NAS_ACCESS_GROUP_RULE,
            {
                "accessGroupUuid": access_group_uuid,
                "priority": priority,
                "resourceUuid": resource_uuid,
                "rwAccessType": rw_access_type,
                "sourceCidrIp": source_cidr_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_aliyun_nas_file_system(
        self,
        *,
        data_center_uuid: str,
        name: str,
        storage_type: Literal["Performance", "Capacity"],
        description: str | None = None,
        protocol: Literal["NFS", "SMB"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunNasFileSystemResult:
        """Create aliyun nas file system (CreateAliyunNasFileSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunNasFileSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            protocol: protocol (enum {'NFS', 'SMB'})
            resource_uuid: resourceUuid
            storage_type: storageType (enum {'Performance', 'Capacity'})
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_NAS_FILE_SYSTEM,
            {
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "storageType": storage_type,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_aliyun_nas_mount_target(
        self,
        *,
        name: str,
        nas_access_group_uuid: str,
        nas_fs_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        v_switch_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunNasMountTargetResult:
        """Create aliyun nas mount target (CreateAliyunNasMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunNasMountTargetAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            nas_access_group_uuid: nasAccessGroupUuid
            nas_fs_uuid: nasFSUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_switch_uuid: vSwitchUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ALIYUN_NAS_MOUNT_TARGET,
            {
                "description": description,
                "name": name,
                "nasAccessGroupUuid": nas_access_group_uuid,
                "nasFSUuid": nas_fs_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vSwitchUuid": v_switch_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_nas_access_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunNasAccessGroupResult:
        """Delete aliyun nas access group (DeleteAliyunNasAccessGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunNasAccessGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_NAS_ACCESS_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_aliyun_nas_access_group_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunNasAccessGroupRuleResult:
        """Delete aliyun nas access group rule (DeleteAliyunNasAccessGroupRule).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunNasAccessGroupRuleAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ALIYUN_NAS_ACCESS_GROUP_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_aliyun_nas_access_group_remote(
        self,
        *,
        data_center_uuid: str,
        group_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAliyunNasAccessGroupRemoteResult:
        """Get aliyun nas access group remote (GetAliyunNasAccessGroupRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetAliyunNasAccessGroupRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            group_name: groupName (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ALIYUN_NAS_ACCESS_GROUP_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "groupName": group_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_aliyun_nas_file_system_remote(
        self,
        *,
        data_center_uuid: str,
        file_system_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAliyunNasFileSystemRemoteResult:
        """Get aliyun nas file system remote (GetAliyunNasFileSystemRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetAliyunNasFileSystemRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            file_system_id: fileSystemId (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ALIYUN_NAS_FILE_SYSTEM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "fileSystemId": file_system_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_aliyun_nas_mount_target_remote(
        self,
        *,
        nas_fs_uuid: str,
        mount_domain: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAliyunNasMountTargetRemoteResult:
        """Get aliyun nas mount target remote (GetAliyunNasMountTargetRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetAliyunNasMountTargetRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            nas_fs_uuid: nasFSUuid
            mount_domain: mountDomain (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_ALIYUN_NAS_MOUNT_TARGET_REMOTE,
            {
                "nasFSUuid": nas_fs_uuid,
                "mountDomain": mount_domain,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_aliyun_nas_access_group(
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
    ) -> QueryAliyunNasAccessGroupResult:
        """Query aliyun nas access group (QueryAliyunNasAccessGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunNasAccessGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ALIYUN_NAS_ACCESS_GROUP,
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

    def query_aliyun_nas_access_group_pages(
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
        """Every result of ``query_aliyun_nas_access_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_NAS_ACCESS_GROUP,
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

    def update_aliyun_mount_target(
        self,
        *,
        access_group_uuid: str,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunMountTargetResult:
        """Update aliyun mount target (UpdateAliyunMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunMountTargetAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            access_group_uuid: accessGroupUuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_MOUNT_TARGET,
            {
                "accessGroupUuid": access_group_uuid,
                "description": description,
                "name": name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_aliyun_nas_access_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunNasAccessGroupResult:
        """Update aliyun nas access group (UpdateAliyunNasAccessGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunNasAccessGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 1024)
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_ALIYUN_NAS_ACCESS_GROUP,
            {
                "description": description,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncNasApi(AsyncNamespace):
    """nas: 15 APIs (AddAliyunNasAccessGroup, AddAliyunNasFileSystem, AddAliyunNasMountTarget, ...). (asyncio)"""

    __slots__ = ()

    async def add_aliyun_nas_access_group(
        self,
        *,
        data_center_uuid: str,
        group_name: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunNasAccessGroupResult:
        """Add aliyun nas access group (AddAliyunNasAccessGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunNasAccessGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            group_name: groupName (minLength 1; maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ALIYUN_NAS_ACCESS_GROUP,
            {
                "dataCenterUuid": data_center_uuid,
                "groupName": group_name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_aliyun_nas_file_system(
        self,
        *,
        data_center_uuid: str,
        file_system_id: str,
        name: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunNasFileSystemResult:
        """Add aliyun nas file system (AddAliyunNasFileSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunNasFileSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            file_system_id: fileSystemId
            name: name (minLength 1; maxLength 255)
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ALIYUN_NAS_FILE_SYSTEM,
            {
                "dataCenterUuid": data_center_uuid,
                "fileSystemId": file_system_id,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_aliyun_nas_mount_target(
        self,
        *,
        mount_domain: str,
        name: str,
        nas_fs_uuid: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAliyunNasMountTargetResult:
        """Add aliyun nas mount target (AddAliyunNasMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AddAliyunNasMountTargetAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            mount_domain: mountDomain (minLength 1; maxLength 255)
            name: name (minLength 1; maxLength 255)
            nas_fs_uuid: nasFSUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ALIYUN_NAS_MOUNT_TARGET,
            {
                "mountDomain": mount_domain,
                "name": name,
                "nasFSUuid": nas_fs_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_aliyun_nas_access_group(
        self,
        *,
        data_center_uuid: str,
        name: str,
        description: str | None = None,
        network_type: Literal["classic", "vpc"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunNasAccessGroupResult:
        """Create aliyun nas access group (CreateAliyunNasAccessGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunNasAccessGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            network_type: networkType (enum {'classic', 'vpc'})
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_NAS_ACCESS_GROUP,
            {
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "name": name,
                "networkType": network_type,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_aliyun_nas_access_group_rule(
        self,
        *,
        access_group_uuid: str,
        source_cidr_ip: str,
        priority: int | None = None,
        resource_uuid: str | None = None,
        rw_access_type: Literal["RDWR", "RDONLY"] | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunNasAccessGroupRuleResult:
        """Create aliyun nas access group rule (CreateAliyunNasAccessGroupRule).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunNasAccessGroupRuleAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            access_group_uuid: accessGroupUuid
            priority: priority (minimum 1; maximum 100)
            resource_uuid: resourceUuid
            rw_access_type: rwAccessType (enum {'RDWR', 'RDONLY'})
            source_cidr_ip: sourceCidrIp
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_NAS_ACCESS_GROUP_RULE,
            {
                "accessGroupUuid": access_group_uuid,
                "priority": priority,
                "resourceUuid": resource_uuid,
                "rwAccessType": rw_access_type,
                "sourceCidrIp": source_cidr_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_aliyun_nas_file_system(
        self,
        *,
        data_center_uuid: str,
        name: str,
        storage_type: Literal["Performance", "Capacity"],
        description: str | None = None,
        protocol: Literal["NFS", "SMB"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunNasFileSystemResult:
        """Create aliyun nas file system (CreateAliyunNasFileSystem).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunNasFileSystemAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            protocol: protocol (enum {'NFS', 'SMB'})
            resource_uuid: resourceUuid
            storage_type: storageType (enum {'Performance', 'Capacity'})
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_NAS_FILE_SYSTEM,
            {
                "dataCenterUuid": data_center_uuid,
                "description": description,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "storageType": storage_type,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_aliyun_nas_mount_target(
        self,
        *,
        name: str,
        nas_access_group_uuid: str,
        nas_fs_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        v_switch_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAliyunNasMountTargetResult:
        """Create aliyun nas mount target (CreateAliyunNasMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/CreateAliyunNasMountTargetAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            nas_access_group_uuid: nasAccessGroupUuid
            nas_fs_uuid: nasFSUuid
            resource_uuid: resourceUuid
            tag_uuids: tagUuids
            v_switch_uuid: vSwitchUuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ALIYUN_NAS_MOUNT_TARGET,
            {
                "description": description,
                "name": name,
                "nasAccessGroupUuid": nas_access_group_uuid,
                "nasFSUuid": nas_fs_uuid,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vSwitchUuid": v_switch_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_nas_access_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunNasAccessGroupResult:
        """Delete aliyun nas access group (DeleteAliyunNasAccessGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunNasAccessGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_NAS_ACCESS_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_aliyun_nas_access_group_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAliyunNasAccessGroupRuleResult:
        """Delete aliyun nas access group rule (DeleteAliyunNasAccessGroupRule).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/DeleteAliyunNasAccessGroupRuleAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            uuid: uuid
            delete_mode: deleteMode
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ALIYUN_NAS_ACCESS_GROUP_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_aliyun_nas_access_group_remote(
        self,
        *,
        data_center_uuid: str,
        group_name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAliyunNasAccessGroupRemoteResult:
        """Get aliyun nas access group remote (GetAliyunNasAccessGroupRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetAliyunNasAccessGroupRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            group_name: groupName (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ALIYUN_NAS_ACCESS_GROUP_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "groupName": group_name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_aliyun_nas_file_system_remote(
        self,
        *,
        data_center_uuid: str,
        file_system_id: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAliyunNasFileSystemRemoteResult:
        """Get aliyun nas file system remote (GetAliyunNasFileSystemRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetAliyunNasFileSystemRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            data_center_uuid: dataCenterUuid
            file_system_id: fileSystemId (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ALIYUN_NAS_FILE_SYSTEM_REMOTE,
            {
                "dataCenterUuid": data_center_uuid,
                "fileSystemId": file_system_id,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_aliyun_nas_mount_target_remote(
        self,
        *,
        nas_fs_uuid: str,
        mount_domain: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetAliyunNasMountTargetRemoteResult:
        """Get aliyun nas mount target remote (GetAliyunNasMountTargetRemote).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetAliyunNasMountTargetRemoteAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            nas_fs_uuid: nasFSUuid
            mount_domain: mountDomain (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_ALIYUN_NAS_MOUNT_TARGET_REMOTE,
            {
                "nasFSUuid": nas_fs_uuid,
                "mountDomain": mount_domain,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_aliyun_nas_access_group(
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
    ) -> QueryAliyunNasAccessGroupResult:
        """Query aliyun nas access group (QueryAliyunNasAccessGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/QueryAliyunNasAccessGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ALIYUN_NAS_ACCESS_GROUP,
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

    def query_aliyun_nas_access_group_pages(
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
        """Every result of ``query_aliyun_nas_access_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ALIYUN_NAS_ACCESS_GROUP,
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

    async def update_aliyun_mount_target(
        self,
        *,
        access_group_uuid: str,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunMountTargetResult:
        """Update aliyun mount target (UpdateAliyunMountTarget).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunMountTargetAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            access_group_uuid: accessGroupUuid
            description: description (maxLength 1024)
            name: name (minLength 1; maxLength 255)
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_MOUNT_TARGET,
            {
                "accessGroupUuid": access_group_uuid,
                "description": description,
                "name": name,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_aliyun_nas_access_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateAliyunNasAccessGroupResult:
        """Update aliyun nas access group (UpdateAliyunNasAccessGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/UpdateAliyunNasAccessGroupAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            description: description (maxLength 1024)
            uuid: uuid
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_ALIYUN_NAS_ACCESS_GROUP,
            {
                "description": description,
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
