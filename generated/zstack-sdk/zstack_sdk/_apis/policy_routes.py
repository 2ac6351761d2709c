"""``client.policy_routes``: 19 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.attach_policy_route_rule_set_to_l3_result import (
        AttachPolicyRouteRuleSetToL3Result,
    )
    from ..models.create_policy_route_rule_result import CreatePolicyRouteRuleResult
    from ..models.create_policy_route_rule_set_result import CreatePolicyRouteRuleSetResult
    from ..models.create_policy_route_table_result import CreatePolicyRouteTableResult
    from ..models.create_policy_route_table_route_entry_result import (
        CreatePolicyRouteTableRouteEntryResult,
    )
    from ..models.delete_policy_route_rule_result import DeletePolicyRouteRuleResult
    from ..models.delete_policy_route_rule_set_result import DeletePolicyRouteRuleSetResult
    from ..models.delete_policy_route_table_result import DeletePolicyRouteTableResult
    from ..models.delete_policy_route_table_route_entry_result import (
        DeletePolicyRouteTableRouteEntryResult,
    )
    from ..models.detach_policy_route_rule_set_from_l3_result import (
        DetachPolicyRouteRuleSetFromL3Result,
    )
    from ..models.get_policy_route_rule_set_from_virtual_router_result import (
        GetPolicyRouteRuleSetFromVirtualRouterResult,
    )
    from ..models.policy_route_rule_inventory import PolicyRouteRuleInventory
    from ..models.policy_route_rule_set_l3_ref_inventory import PolicyRouteRuleSetL3RefInventory
    from ..models.policy_route_rule_set_v_router_ref_inventory import (
        PolicyRouteRuleSetVRouterRefInventory,
    )
    from ..models.policy_route_table_inventory import PolicyRouteTableInventory
    from ..models.policy_route_table_route_entry_inventory import (
        PolicyRouteTableRouteEntryInventory,
    )
    from ..models.query_policy_route_rule_result import QueryPolicyRouteRuleResult
    from ..models.query_policy_route_rule_set_l3_ref_result import (
        QueryPolicyRouteRuleSetL3RefResult,
    )
    from ..models.query_policy_route_rule_set_result import QueryPolicyRouteRuleSetResult
    from ..models.query_policy_route_rule_set_v_router_ref_result import (
        QueryPolicyRouteRuleSetVRouterRefResult,
    )
    from ..models.query_policy_route_table_result import QueryPolicyRouteTableResult
    from ..models.query_policy_route_table_route_entry_result import (
        QueryPolicyRouteTableRouteEntryResult,
    )
    from ..models.query_policy_route_table_v_router_ref_result import (
        QueryPolicyRouteTableVRouterRefResult,
    )
    from ..models.update_policy_route_rule_set_result import UpdatePolicyRouteRuleSetResult

__all__ = ["AsyncPolicyRoutesApi", "PolicyRoutesApi"]


ATTACH_POLICY_ROUTE_RULE_SET_TO_L3: Api[AttachPolicyRouteRuleSetToL3Result] = Api(
    "AttachPolicyRouteRuleSetToL3",
    "POST",
    "/policy-routes/rulesets/{ruleSetUuid}/l3networks/{l3Uuid}",
    params=(
        ("ruleSetUuid", "path", "3.6.0"),
        ("l3Uuid", "path", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("rule_set_uuid", "l3_uuid", "system_tags", "user_tags"),
    required=("ruleSetUuid", "l3Uuid"),
    body_key="params",
    since="3.6.0",
    result=".models.attach_policy_route_rule_set_to_l3_result:AttachPolicyRouteRuleSetToL3Result",
    checks=(
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("l3Uuid", "l3_uuid", "minLength", 1),
    ),
)

CREATE_POLICY_ROUTE_RULE: Api[CreatePolicyRouteRuleResult] = Api(
    "CreatePolicyRouteRule",
    "POST",
    "/policy-routes/rules",
    params=(
        ("destIp", "body", "3.6.0"),
        ("destPort", "body", "3.6.0"),
        ("protocol", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("ruleNumber", "body", "3.6.0"),
        ("ruleSetUuid", "body", "3.6.0"),
        ("sourceIp", "body", "3.6.0"),
        ("sourcePort", "body", "3.6.0"),
        ("tableUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "dest_ip",
        "dest_port",
        "protocol",
        "resource_uuid",
        "rule_number",
        "rule_set_uuid",
        "source_ip",
        "source_port",
        "table_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("ruleNumber", "ruleSetUuid", "tableUuid"),
    body_key="params",
    since="3.6.0",
    result=".models.create_policy_route_rule_result:CreatePolicyRouteRuleResult",
    checks=(
        ("ruleNumber", "rule_number", "minimum", 1001),
        ("ruleNumber", "rule_number", "maximum", 2999),
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("tableUuid", "table_uuid", "minLength", 1),
    ),
)

CREATE_POLICY_ROUTE_RULE_SET: Api[CreatePolicyRouteRuleSetResult] = Api(
    "CreatePolicyRouteRuleSet",
    "POST",
    "/policy-routes/rulesets",
    params=(
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("type", "body", "3.9.0"),
        ("vRouterUuid", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "v_router_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "vRouterUuid"),
    body_key="params",
    since="3.6.0",
    result=".models.create_policy_route_rule_set_result:CreatePolicyRouteRuleSetResult",
    checks=(
        ("name", "name", "maxLength", 255),
        ("type", "type", "enum", ("User", "EgressWhereComeFrom")),
        ("vRouterUuid", "v_router_uuid", "minLength", 1),
    ),
)

CREATE_POLICY_ROUTE_TABLE: Api[CreatePolicyRouteTableResult] = Api(
    "CreatePolicyRouteTable",
    "POST",
    "/policy-routes/tables",
    params=(
        ("description", "body", "3.6.0"),
        ("number", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("vRouterUuid", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "description",
        "number",
        "resource_uuid",
        "tag_uuids",
        "v_router_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("number", "vRouterUuid"),
    body_key="params",
    since="3.6.0",
    result=".models.create_policy_route_table_result:CreatePolicyRouteTableResult",
    checks=(
        ("description", "description", "maxLength", 255),
        ("number", "number", "minimum", 1),
        ("number", "number", "maximum", 179),
        ("vRouterUuid", "v_router_uuid", "minLength", 1),
    ),
)

CREATE_POLICY_ROUTE_TABLE_ROUTE_ENTRY: Api[CreatePolicyRouteTableRouteEntryResult] = Api(
    "CreatePolicyRouteTableRouteEntry",
    "POST",
    "/policy-routes/routes",
    params=(
        ("destinationCidr", "body", "3.6.0"),
        ("distance", "body", "3.6.0"),
        ("nextHopIp", "body", "3.6.0"),
        ("resourceUuid", "body", "3.6.0"),
        ("tableUuid", "body", "3.6.0"),
        ("tagUuids", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=(
        "destination_cidr",
        "distance",
        "next_hop_ip",
        "resource_uuid",
        "table_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("destinationCidr", "nextHopIp", "tableUuid"),
    body_key="params",
    since="3.6.0",
    result=".models.create_policy_route_table_route_entry_result:CreatePolicyRouteTableRouteEntryResult",
    checks=(
        ("distance", "distance", "minimum", 1),
        ("distance", "distance", "maximum", 100),
        ("tableUuid", "table_uuid", "minLength", 1),
    ),
)

DELETE_POLICY_ROUTE_RULE: Api[DeletePolicyRouteRuleResult] = Api(
    "DeletePolicyRouteRule",
    "DELETE",
    "/policy-routes/rules/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.delete_policy_route_rule_result:DeletePolicyRouteRuleResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_POLICY_ROUTE_RULE_SET: Api[DeletePolicyRouteRuleSetResult] = Api(
    "DeletePolicyRouteRuleSet",
    "DELETE",
    "/policy-routes/ruleSets/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.delete_policy_route_rule_set_result:DeletePolicyRouteRuleSetResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_POLICY_ROUTE_TABLE: Api[DeletePolicyRouteTableResult] = Api(
    "DeletePolicyRouteTable",
    "DELETE",
    "/policy-routes/tables/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.delete_policy_route_table_result:DeletePolicyRouteTableResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DELETE_POLICY_ROUTE_TABLE_ROUTE_ENTRY: Api[DeletePolicyRouteTableRouteEntryResult] = Api(
    "DeletePolicyRouteTableRouteEntry",
    "DELETE",
    "/policy-routes/routes/{uuid}",
    params=(
        ("uuid", "path", "3.6.0"),
        ("deleteMode", "query", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.6.0",
    result=".models.delete_policy_route_table_route_entry_result:DeletePolicyRouteTableRouteEntryResult",
    checks=(("uuid", "uuid", "minLength", 1),),
)

DETACH_POLICY_ROUTE_RULE_SET_FROM_L3: Api[DetachPolicyRouteRuleSetFromL3Result] = Api(
    "DetachPolicyRouteRuleSetFromL3",
    "DELETE",
    "/policy-routes/rulesets/{ruleSetUuid}/l3networks/{l3Uuid}",
    params=(
        ("ruleSetUuid", "path", "3.6.0"),
        ("l3Uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("rule_set_uuid", "l3_uuid", "system_tags", "user_tags"),
    required=("ruleSetUuid", "l3Uuid"),
    since="3.6.0",
    result=".models.detach_policy_route_rule_set_from_l3_result:DetachPolicyRouteRuleSetFromL3Result",
    checks=(
        ("ruleSetUuid", "rule_set_uuid", "minLength", 1),
        ("l3Uuid", "l3_uuid", "minLength", 1),
    ),
)

GET_POLICY_ROUTE_RULE_SET_FROM_VIRTUAL_ROUTER: Api[GetPolicyRouteRuleSetFromVirtualRouterResult] = (
    Api(
        "GetPolicyRouteRuleSetFromVirtualRouter",
        "GET",
        "/policy-routes/rulesets/virtualrouter/{vmInstanceUuid}",
        params=(
            ("vmInstanceUuid", "path", "3.9.0"),
            ("systemTags", "query", "3.9.0"),
            ("userTags", "query", "3.9.0"),
        ),
        names=("vm_instance_uuid", "system_tags", "user_tags"),
        required=("vmInstanceUuid",),
        since="3.9.0",
        result=".models.get_policy_route_rule_set_from_virtual_router_result:GetPolicyRouteRuleSetFromVirtualRouterResult",
    )
)

QUERY_POLICY_ROUTE_RULE: Api[QueryPolicyRouteRuleResult] = Api(
    "QueryPolicyRouteRule",
    "GET",
    "/policy-routes/rules",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_policy_route_rule_result:QueryPolicyRouteRuleResult",
    query=True,
    alt_paths=("/policy-routes/rules/{uuid}",),
)

QUERY_POLICY_ROUTE_RULE_SET: Api[QueryPolicyRouteRuleSetResult] = Api(
    "QueryPolicyRouteRuleSet",
    "GET",
    "/policy-routes/rulesets",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_policy_route_rule_set_result:QueryPolicyRouteRuleSetResult",
    query=True,
    alt_paths=("/policy-routes/rulesets/{uuid}",),
)

QUERY_POLICY_ROUTE_RULE_SET_L3_REF: Api[QueryPolicyRouteRuleSetL3RefResult] = Api(
    "QueryPolicyRouteRuleSetL3Ref",
    "GET",
    "/policy-routes/rulesets/l3networdks/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_policy_route_rule_set_l3_ref_result:QueryPolicyRouteRuleSetL3RefResult",
    query=True,
)

QUERY_POLICY_ROUTE_RULE_SET_V_ROUTER_REF: Api[QueryPolicyRouteRuleSetVRouterRefResult] = Api(
    "QueryPolicyRouteRuleSetVRouterRef",
    "GET",
    "/policy-routes/rulesets/vrouters/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_policy_route_rule_set_v_router_ref_result:QueryPolicyRouteRuleSetVRouterRefResult",
    query=True,
)

QUERY_POLICY_ROUTE_TABLE: Api[QueryPolicyRouteTableResult] = Api(
    "QueryPolicyRouteTable",
    "GET",
    "/policy-routes/tables",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_policy_route_table_result:QueryPolicyRouteTableResult",
    query=True,
    alt_paths=("/policy-routes/tables/{uuid}",),
)

QUERY_POLICY_ROUTE_TABLE_ROUTE_ENTRY: Api[QueryPolicyRouteTableRouteEntryResult] = Api(
    "QueryPolicyRouteTableRouteEntry",
    "GET",
    "/policy-routes/routes",
    params=(
        ("uuid", "path", "3.6.0"),
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_policy_route_table_route_entry_result:QueryPolicyRouteTableRouteEntryResult",
    query=True,
    alt_paths=("/policy-routes/routes/{uuid}",),
)

QUERY_POLICY_ROUTE_TABLE_V_ROUTER_REF: Api[QueryPolicyRouteTableVRouterRefResult] = Api(
    "QueryPolicyRouteTableVRouterRef",
    "GET",
    "/policy-routes/tables/vrouters/refs",
    params=(
        ("systemTags", "query", "3.6.0"),
        ("userTags", "query", "3.6.0"),
    ),
    names=("system_tags", "user_tags"),
    since="3.6.0",
    result=".models.query_policy_route_table_v_router_ref_result:QueryPolicyRouteTableVRouterRefResult",
    query=True,
)

UPDATE_POLICY_ROUTE_RULE_SET: Api[UpdatePolicyRouteRuleSetResult] = Api(
    "UpdatePolicyRouteRuleSet",
    "PUT",
    "/policy-routes/ruleSets/{uuid}/actions",
    params=(
        ("uuid", "path", "3.6.0"),
        ("description", "body", "3.6.0"),
        ("name", "body", "3.6.0"),
        ("systemTags", "root", "3.6.0"),
        ("userTags", "root", "3.6.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updatePolicyRouteRuleSet",
    since="3.6.0",
    result=".models.update_policy_route_rule_set_result:UpdatePolicyRouteRuleSetResult",
    checks=(
        ("uuid", "uuid", "minLength", 1),
        ("name", "name", "maxLength", 16),
    ),
)


class PolicyRoutesApi(SyncNamespace):
    """policy-routes: 19 APIs (AttachPolicyRouteRuleSetToL3, CreatePolicyRouteRule, CreatePolicyRouteRuleSet, ...)."""

    __slots__ = ()

    def attach_policy_route_rule_set_to_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPolicyRouteRuleSetToL3Result:
        """网络加载策略路由规则集 (AttachPolicyRouteRuleSetToL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: 策略路由规则集uuid (since 3.6.0; minLength 1)
            l3_uuid: 三层网络uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_POLICY_ROUTE_RULE_SET_TO_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_policy_route_rule(
        self,
        *,
        rule_number: int,
        rule_set_uuid: str,
        table_uuid: str,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteRuleResult:
        """创建策略路由规则集规则 (CreatePolicyRouteRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            dest_ip: 目标ip (since 3.6.0)
            dest_port: 目标端口 (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            resource_uuid: resourceUuid (since 3.6.0)
            rule_number: 规则优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 策略路由规则集uuid (since 3.6.0; minLength 1)
            source_ip: 源ip (since 3.6.0)
            source_port: 源端口 (since 3.6.0)
            table_uuid: 策略路由表uuid (since 3.6.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_POLICY_ROUTE_RULE,
            {
                "destIp": dest_ip,
                "destPort": dest_port,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "tableUuid": table_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_policy_route_rule_set(
        self,
        *,
        name: str,
        v_router_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["User", "EgressWhereComeFrom"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteRuleSetResult:
        """创建策略路由规则集 (CreatePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            type: type (since 3.9.0; enum {'User', 'EgressWhereComeFrom'})
            v_router_uuid: 路由器uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_POLICY_ROUTE_RULE_SET,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_policy_route_table(
        self,
        *,
        number: int,
        v_router_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteTableResult:
        """创建策略路由表 (CreatePolicyRouteTable).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 255)
            number: 表名 (since 3.6.0; minimum 1; maximum 179)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            v_router_uuid: 路由器uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_POLICY_ROUTE_TABLE,
            {
                "description": description,
                "number": number,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_policy_route_table_route_entry(
        self,
        *,
        destination_cidr: str,
        next_hop_ip: str,
        table_uuid: str,
        distance: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteTableRouteEntryResult:
        """创建策略路由 (CreatePolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            destination_cidr: 目标ip cidr (since 3.6.0)
            distance: 优先级 (since 3.6.0; minimum 1; maximum 100)
            next_hop_ip: 下一跳ip (since 3.6.0)
            resource_uuid: resourceUuid (since 3.6.0)
            table_uuid: 策略路由表uuid (since 3.6.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
            {
                "destinationCidr": destination_cidr,
                "distance": distance,
                "nextHopIp": next_hop_ip,
                "resourceUuid": resource_uuid,
                "tableUuid": table_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_policy_route_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteRuleResult:
        """删除策略路由规则集规则 (DeletePolicyRouteRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_POLICY_ROUTE_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_policy_route_rule_set(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteRuleSetResult:
        """删除策略路由规则集 (DeletePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_POLICY_ROUTE_RULE_SET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_policy_route_table(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteTableResult:
        """删除策略路由表 (DeletePolicyRouteTable).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_POLICY_ROUTE_TABLE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_policy_route_table_route_entry(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteTableRouteEntryResult:
        """删除策略路由 (DeletePolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def detach_policy_route_rule_set_from_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPolicyRouteRuleSetFromL3Result:
        """网络解绑策略路由 (DetachPolicyRouteRuleSetFromL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: 策略规则集uuid (since 3.6.0; minLength 1)
            l3_uuid: 三层网络uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DETACH_POLICY_ROUTE_RULE_SET_FROM_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_policy_route_rule_set_from_virtual_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPolicyRouteRuleSetFromVirtualRouterResult:
        """获取虚拟路由器的策略路由集合 (GetPolicyRouteRuleSetFromVirtualRouter).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_POLICY_ROUTE_RULE_SET_FROM_VIRTUAL_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_policy_route_rule(
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
    ) -> QueryPolicyRouteRuleResult:
        """查询策略路由规则 (QueryPolicyRouteRule).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_RULE,
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

    def query_policy_route_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyRouteRuleInventory]:
        """Every result of ``query_policy_route_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE,
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

    def query_policy_route_rule_set(
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
    ) -> QueryPolicyRouteRuleSetResult:
        """查询策略路由规则集 (QueryPolicyRouteRuleSet).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_RULE_SET,
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

    def query_policy_route_rule_set_pages(
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
        """Every result of ``query_policy_route_rule_set``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET,
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

    def query_policy_route_rule_set_l3_ref(
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
    ) -> QueryPolicyRouteRuleSetL3RefResult:
        """查询策略路由规则集网络关联 (QueryPolicyRouteRuleSetL3Ref).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_RULE_SET_L3_REF,
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

    def query_policy_route_rule_set_l3_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyRouteRuleSetL3RefInventory]:
        """Every result of ``query_policy_route_rule_set_l3_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET_L3_REF,
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

    def query_policy_route_rule_set_v_router_ref(
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
    ) -> QueryPolicyRouteRuleSetVRouterRefResult:
        """查询策略路由规则集与单节点路由器关联 (QueryPolicyRouteRuleSetVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_RULE_SET_V_ROUTER_REF,
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

    def query_policy_route_rule_set_v_router_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyRouteRuleSetVRouterRefInventory]:
        """Every result of ``query_policy_route_rule_set_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET_V_ROUTER_REF,
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

    def query_policy_route_table(
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
    ) -> QueryPolicyRouteTableResult:
        """查询策略路由表 (QueryPolicyRouteTable).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_TABLE,
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

    def query_policy_route_table_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyRouteTableInventory]:
        """Every result of ``query_policy_route_table``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE,
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

    def query_policy_route_table_route_entry(
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
    ) -> QueryPolicyRouteTableRouteEntryResult:
        """查询策略路由 (QueryPolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
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

    def query_policy_route_table_route_entry_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[PolicyRouteTableRouteEntryInventory]:
        """Every result of ``query_policy_route_table_route_entry``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
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

    def query_policy_route_table_v_router_ref(
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
    ) -> QueryPolicyRouteTableVRouterRefResult:
        """查询策略路由表与单节点路由器关联 (QueryPolicyRouteTableVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_POLICY_ROUTE_TABLE_V_ROUTER_REF,
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

    def query_policy_route_table_v_router_ref_pages(
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
        """Every result of ``query_policy_route_table_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE_V_ROUTER_REF,
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

    def update_policy_route_rule_set(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePolicyRouteRuleSetResult:
        """更新策略路由规则集属性 (UpdatePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_POLICY_ROUTE_RULE_SET,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncPolicyRoutesApi(AsyncNamespace):
    """policy-routes: 19 APIs (AttachPolicyRouteRuleSetToL3, CreatePolicyRouteRule, CreatePolicyRouteRuleSet, ...). (asyncio)"""

    __slots__ = ()

    async def attach_policy_route_rule_set_to_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachPolicyRouteRuleSetToL3Result:
        """网络加载策略路由规则集 (AttachPolicyRouteRuleSetToL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: 策略路由规则集uuid (since 3.6.0; minLength 1)
            l3_uuid: 三层网络uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_POLICY_ROUTE_RULE_SET_TO_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_policy_route_rule(
        self,
        *,
        rule_number: int,
        rule_set_uuid: str,
        table_uuid: str,
        dest_ip: str | None = None,
        dest_port: str | None = None,
        protocol: str | None = None,
        resource_uuid: str | None = None,
        source_ip: str | None = None,
        source_port: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteRuleResult:
        """创建策略路由规则集规则 (CreatePolicyRouteRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            dest_ip: 目标ip (since 3.6.0)
            dest_port: 目标端口 (since 3.6.0)
            protocol: 协议 (since 3.6.0)
            resource_uuid: resourceUuid (since 3.6.0)
            rule_number: 规则优先级 (since 3.6.0; minimum 1001; maximum 2999)
            rule_set_uuid: 策略路由规则集uuid (since 3.6.0; minLength 1)
            source_ip: 源ip (since 3.6.0)
            source_port: 源端口 (since 3.6.0)
            table_uuid: 策略路由表uuid (since 3.6.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_POLICY_ROUTE_RULE,
            {
                "destIp": dest_ip,
                "destPort": dest_port,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "ruleNumber": rule_number,
                "ruleSetUuid": rule_set_uuid,
                "sourceIp": source_ip,
                "sourcePort": source_port,
                "tableUuid": table_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_policy_route_rule_set(
        self,
        *,
        name: str,
        v_router_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: Literal["User", "EgressWhereComeFrom"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteRuleSetResult:
        """创建策略路由规则集 (CreatePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 255)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            type: type (since 3.9.0; enum {'User', 'EgressWhereComeFrom'})
            v_router_uuid: 路由器uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_POLICY_ROUTE_RULE_SET,
            {
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_policy_route_table(
        self,
        *,
        number: int,
        v_router_uuid: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteTableResult:
        """创建策略路由表 (CreatePolicyRouteTable).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.6.0; maxLength 255)
            number: 表名 (since 3.6.0; minimum 1; maximum 179)
            resource_uuid: resourceUuid (since 3.6.0)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            v_router_uuid: 路由器uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_POLICY_ROUTE_TABLE,
            {
                "description": description,
                "number": number,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "vRouterUuid": v_router_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_policy_route_table_route_entry(
        self,
        *,
        destination_cidr: str,
        next_hop_ip: str,
        table_uuid: str,
        distance: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreatePolicyRouteTableRouteEntryResult:
        """创建策略路由 (CreatePolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            destination_cidr: 目标ip cidr (since 3.6.0)
            distance: 优先级 (since 3.6.0; minimum 1; maximum 100)
            next_hop_ip: 下一跳ip (since 3.6.0)
            resource_uuid: resourceUuid (since 3.6.0)
            table_uuid: 策略路由表uuid (since 3.6.0; minLength 1)
            tag_uuids: 标签UUID列表 (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
            {
                "destinationCidr": destination_cidr,
                "distance": distance,
                "nextHopIp": next_hop_ip,
                "resourceUuid": resource_uuid,
                "tableUuid": table_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_policy_route_rule(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteRuleResult:
        """删除策略路由规则集规则 (DeletePolicyRouteRule).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_POLICY_ROUTE_RULE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_policy_route_rule_set(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteRuleSetResult:
        """删除策略路由规则集 (DeletePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_POLICY_ROUTE_RULE_SET,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_policy_route_table(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteTableResult:
        """删除策略路由表 (DeletePolicyRouteTable).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_POLICY_ROUTE_TABLE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_policy_route_table_route_entry(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeletePolicyRouteTableRouteEntryResult:
        """删除策略路由 (DeletePolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            delete_mode: deleteMode (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def detach_policy_route_rule_set_from_l3(
        self,
        *,
        rule_set_uuid: str,
        l3_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DetachPolicyRouteRuleSetFromL3Result:
        """网络解绑策略路由 (DetachPolicyRouteRuleSetFromL3).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            rule_set_uuid: 策略规则集uuid (since 3.6.0; minLength 1)
            l3_uuid: 三层网络uuid (since 3.6.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DETACH_POLICY_ROUTE_RULE_SET_FROM_L3,
            {
                "ruleSetUuid": rule_set_uuid,
                "l3Uuid": l3_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_policy_route_rule_set_from_virtual_router(
        self,
        *,
        vm_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetPolicyRouteRuleSetFromVirtualRouterResult:
        """获取虚拟路由器的策略路由集合 (GetPolicyRouteRuleSetFromVirtualRouter).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            vm_instance_uuid: 云主机UUID (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_POLICY_ROUTE_RULE_SET_FROM_VIRTUAL_ROUTER,
            {
                "vmInstanceUuid": vm_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_policy_route_rule(
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
    ) -> QueryPolicyRouteRuleResult:
        """查询策略路由规则 (QueryPolicyRouteRule).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_RULE,
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

    def query_policy_route_rule_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyRouteRuleInventory]:
        """Every result of ``query_policy_route_rule``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE,
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

    async def query_policy_route_rule_set(
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
    ) -> QueryPolicyRouteRuleSetResult:
        """查询策略路由规则集 (QueryPolicyRouteRuleSet).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_RULE_SET,
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

    def query_policy_route_rule_set_pages(
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
        """Every result of ``query_policy_route_rule_set``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET,
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

    async def query_policy_route_rule_set_l3_ref(
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
    ) -> QueryPolicyRouteRuleSetL3RefResult:
        """查询策略路由规则集网络关联 (QueryPolicyRouteRuleSetL3Ref).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_RULE_SET_L3_REF,
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

    def query_policy_route_rule_set_l3_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyRouteRuleSetL3RefInventory]:
        """Every result of ``query_policy_route_rule_set_l3_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET_L3_REF,
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

    async def query_policy_route_rule_set_v_router_ref(
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
    ) -> QueryPolicyRouteRuleSetVRouterRefResult:
        """查询策略路由规则集与单节点路由器关联 (QueryPolicyRouteRuleSetVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_RULE_SET_V_ROUTER_REF,
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

    def query_policy_route_rule_set_v_router_ref_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyRouteRuleSetVRouterRefInventory]:
        """Every result of ``query_policy_route_rule_set_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_RULE_SET_V_ROUTER_REF,
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

    async def query_policy_route_table(
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
    ) -> QueryPolicyRouteTableResult:
        """查询策略路由表 (QueryPolicyRouteTable).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_TABLE,
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

    def query_policy_route_table_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyRouteTableInventory]:
        """Every result of ``query_policy_route_table``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE,
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

    async def query_policy_route_table_route_entry(
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
    ) -> QueryPolicyRouteTableRouteEntryResult:
        """查询策略路由 (QueryPolicyRouteTableRouteEntry).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.6.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
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

    def query_policy_route_table_route_entry_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[PolicyRouteTableRouteEntryInventory]:
        """Every result of ``query_policy_route_table_route_entry``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE_ROUTE_ENTRY,
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

    async def query_policy_route_table_v_router_ref(
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
    ) -> QueryPolicyRouteTableVRouterRefResult:
        """查询策略路由表与单节点路由器关联 (QueryPolicyRouteTableVRouterRef).

        Since ZStack 3.6.0. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_POLICY_ROUTE_TABLE_V_ROUTER_REF,
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

    def query_policy_route_table_v_router_ref_pages(
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
        """Every result of ``query_policy_route_table_v_router_ref``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_POLICY_ROUTE_TABLE_V_ROUTER_REF,
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

    async def update_policy_route_rule_set(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdatePolicyRouteRuleSetResult:
        """更新策略路由规则集属性 (UpdatePolicyRouteRuleSet).

        Since ZStack 3.6.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.6.0; minLength 1)
            description: 资源的详细描述 (since 3.6.0)
            name: 资源名称 (since 3.6.0; maxLength 16)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_POLICY_ROUTE_RULE_SET,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
