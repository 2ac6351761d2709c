"""``client.load_balancers``: 55 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.access_control_list_inventory import AccessControlListInventory
    from ..models.add_access_control_list_entry_result import AddAccessControlListEntryResult
    from ..models.add_access_control_list_redirect_rule_result import (
        AddAccessControlListRedirectRuleResult,
    )
    from ..models.add_access_control_list_to_load_balancer_result import (
        AddAccessControlListToLoadBalancerResult,
    )
    from ..models.add_backend_server_to_server_group_result import (
        AddBackendServerToServerGroupResult,
    )
    from ..models.add_certificate_to_load_balancer_listener_result import (
        AddCertificateToLoadBalancerListenerResult,
    )
    from ..models.add_server_group_to_load_balancer_listener_result import (
        AddServerGroupToLoadBalancerListenerResult,
    )
    from ..models.add_vm_nic_to_load_balancer_result import AddVmNicToLoadBalancerResult
    from ..models.attach_vip_to_load_balancer_result import AttachVipToLoadBalancerResult
    from ..models.certificate_inventory import CertificateInventory
    from ..models.change_access_control_list_redirect_rule_result import (
        ChangeAccessControlListRedirectRuleResult,
    )
    from ..models.change_access_control_list_server_group_result import (
        ChangeAccessControlListServerGroupResult,
    )
    from ..models.change_load_balancer_backend_server_result import (
        ChangeLoadBalancerBackendServerResult,
    )
    from ..models.change_load_balancer_listener_result import ChangeLoadBalancerListenerResult
    from ..models.change_slb_group_deploy_type_result import ChangeSlbGroupDeployTypeResult
    from ..models.change_slb_group_monitor_ips_result import ChangeSlbGroupMonitorIpsResult
    from ..models.create_access_control_list_result import CreateAccessControlListResult
    from ..models.create_certificate_result import CreateCertificateResult
    from ..models.create_load_balancer_listener_result import CreateLoadBalancerListenerResult
    from ..models.create_load_balancer_result import CreateLoadBalancerResult
    from ..models.create_load_balancer_server_group_result import (
        CreateLoadBalancerServerGroupResult,
    )
    from ..models.create_slb_group_result import CreateSlbGroupResult
    from ..models.create_slb_instance_result import CreateSlbInstanceResult
    from ..models.create_slb_offering_result import CreateSlbOfferingResult
    from ..models.delete_access_control_list_result import DeleteAccessControlListResult
    from ..models.delete_certificate_result import DeleteCertificateResult
    from ..models.delete_load_balancer_listener_result import DeleteLoadBalancerListenerResult
    from ..models.delete_load_balancer_result import DeleteLoadBalancerResult
    from ..models.delete_load_balancer_server_group_result import (
        DeleteLoadBalancerServerGroupResult,
    )
    from ..models.delete_slb_group_result import DeleteSlbGroupResult
    from ..models.get_candidate_l3_networks_for_load_balancer_result import (
        GetCandidateL3NetworksForLoadBalancerResult,
    )
    from ..models.get_candidate_l3_networks_for_server_group_result import (
        GetCandidateL3NetworksForServerGroupResult,
    )
    from ..models.get_candidate_vm_nics_for_load_balancer_result import (
        GetCandidateVmNicsForLoadBalancerResult,
    )
    from ..models.get_candidate_vm_nics_for_load_balancer_server_group_result import (
        GetCandidateVmNicsForLoadBalancerServerGroupResult,
    )
    from ..models.get_load_balancer_listener_acl_entries_result import (
        GetLoadBalancerListenerACLEntriesResult,
    )
    from ..models.get_load_balancer_owner_result import GetLoadBalancerOwnerResult
    from ..models.load_balancer_inventory import LoadBalancerInventory
    from ..models.load_balancer_listener_inventory import LoadBalancerListenerInventory
    from ..models.load_balancer_server_group_inventory import LoadBalancerServerGroupInventory
    from ..models.provision_slb_instance_result import ProvisionSlbInstanceResult
    from ..models.query_access_control_list_result import QueryAccessControlListResult
    from ..models.query_certificate_result import QueryCertificateResult
    from ..models.query_load_balancer_listener_result import QueryLoadBalancerListenerResult
    from ..models.query_load_balancer_result import QueryLoadBalancerResult
    from ..models.query_load_balancer_server_group_result import QueryLoadBalancerServerGroupResult
    from ..models.query_slb_group_result import QuerySlbGroupResult
    from ..models.query_slb_offering_result import QuerySlbOfferingResult
    from ..models.query_slb_vm_instance_result import QuerySlbVmInstanceResult
    from ..models.refresh_load_balancer_result import RefreshLoadBalancerResult
    from ..models.remove_access_control_list_entry_result import RemoveAccessControlListEntryResult
    from ..models.remove_access_control_list_from_load_balancer_result import (
        RemoveAccessControlListFromLoadBalancerResult,
    )
    from ..models.remove_backend_server_from_server_group_result import (
        RemoveBackendServerFromServerGroupResult,
    )
    from ..models.remove_certificate_from_load_balancer_listener_result import (
        RemoveCertificateFromLoadBalancerListenerResult,
    )
    from ..models.remove_server_group_from_load_balancer_listener_result import (
        RemoveServerGroupFromLoadBalancerListenerResult,
    )
    from ..models.remove_vm_nic_from_load_balancer_result import RemoveVmNicFromLoadBalancerResult
    from ..models.slb_group_inventory import SlbGroupInventory
    from ..models.slb_offering_inventory import SlbOfferingInventory
    from ..models.slb_vm_instance_inventory import SlbVmInstanceInventory
    from ..models.update_certificate_result import UpdateCertificateResult
    from ..models.update_load_balancer_listener_result import UpdateLoadBalancerListenerResult
    from ..models.update_load_balancer_result import UpdateLoadBalancerResult
    from ..models.update_load_balancer_server_group_result import (
        UpdateLoadBalancerServerGroupResult,
    )
    from ..models.update_slb_group_result import UpdateSlbGroupResult

__all__ = ["AsyncLoadBalancersApi", "LoadBalancersApi"]


ADD_ACCESS_CONTROL_LIST_ENTRY: Api[AddAccessControlListEntryResult] = Api(
    "AddAccessControlListEntry",
    "POST",
    "/access-control-lists/{aclUuid}/ipentries",
    params=(
        ("aclUuid", "path", "3.9.0"),
        ("description", "body", "3.9.0"),
        ("entries", "body", "3.9.0"),
        ("resourceUuid", "body", "3.9.0"),
        ("tagUuids", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=(
        "acl_uuid",
        "description",
        "entries",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("aclUuid", "entries"),
    body_key="params",
    since="3.9.0",
    result=".models.add_access_control_list_entry_result:AddAccessControlListEntryResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("entries", "entries", "maxLength", 2048),
    ),
)

ADD_ACCESS_CONTROL_LIST_REDIRECT_RULE: Api[AddAccessControlListRedirectRuleResult] = Api(
    "AddAccessControlListRedirectRule",
    "POST",
    "/access-control-lists/{aclUuid}/redirectRules",
    params=(
        ("aclUuid", "path", "4.1.3"),
        ("description", "body", "4.1.3"),
        ("domain", "body", "4.1.3"),
        ("name", "body", "4.1.3"),
        ("redirectPort", "body", "5.5.0"),
        ("resourceUuid", "body", "4.1.3"),
        ("tagUuids", "body", "4.1.3"),
        ("url", "body", "4.1.3"),
        ("systemTags", "root", "4.1.3"),
        ("userTags", "root", "4.1.3"),
    ),
    names=(
        "acl_uuid",
        "description",
        "domain",
        "name",
        "redirect_port",
        "resource_uuid",
        "tag_uuids",
        "url",
        "system_tags",
        "user_tags",
    ),
    required=("aclUuid",),
    body_key="params",
    since="4.1.3",
    result=".models.add_access_control_list_redirect_rule_result:AddAccessControlListRedirectRuleResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("domain", "domain", "maxLength", 255),
        ("name", "name", "maxLength", 255),
        ("url", "url", "maxLength", 80),
    ),
)

ADD_ACCESS_CONTROL_LIST_TO_LOAD_BALANCER: Api[AddAccessControlListToLoadBalancerResult] = Api(
    "AddAccessControlListToLoadBalancer",
    "POST",
    "/load-balancers/listeners/{listenerUuid}/access-control-lists",
    params=(
        ("listenerUuid", "path", "3.9.0"),
        ("aclType", "body", "4.1.0"),
        ("aclUuids", "body", "3.9.0"),
        ("serverGroupUuids", "body", "4.1.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=(
        "listener_uuid",
        "acl_type",
        "acl_uuids",
        "server_group_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("listenerUuid", "aclType", "aclUuids"),
    body_key="params",
    since="3.9.0",
    result=".models.add_access_control_list_to_load_balancer_result:AddAccessControlListToLoadBalancerResult",
    checks=(
        ("aclType", "acl_type", "enum", ("white", "black", "redirect")),
        ("aclUuids", "acl_uuids", "minItems", 1),
    ),
)

ADD_BACKEND_SERVER_TO_SERVER_GROUP: Api[AddBackendServerToServerGroupResult] = Api(
    "AddBackendServerToServerGroup",
    "POST",
    "/load-balancers/servergroups/{serverGroupUuid}/backendservers",
    params=(
        ("serverGroupUuid", "path", "4.0.0"),
        ("servers", "body", "4.0.0"),
        ("vmNics", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("server_group_uuid", "servers", "vm_nics", "system_tags", "user_tags"),
    required=("serverGroupUuid",),
    body_key="params",
    since="4.0.0",
    result=".models.add_backend_server_to_server_group_result:AddBackendServerToServerGroupResult",
    checks=(("serverGroupUuid", "server_group_uuid", "minLength", 1),),
)

ADD_CERTIFICATE_TO_LOAD_BALANCER_LISTENER: Api[AddCertificateToLoadBalancerListenerResult] = Api(
    "AddCertificateToLoadBalancerListener",
    "POST",
    "/load-balancers/listeners/{listenerUuid}/certificate",
    params=(
        ("listenerUuid", "path", "2.3.2"),
        ("certificateUuid", "body", "2.3.2"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("listener_uuid", "certificate_uuid", "system_tags", "user_tags"),
    required=("listenerUuid", "certificateUuid"),
    body_key="params",
    since="0.6",
    result=".models.add_certificate_to_load_balancer_listener_result:AddCertificateToLoadBalancerListenerResult",
    checks=(("certificateUuid", "certificate_uuid", "minLength", 1),),
)

ADD_SERVER_GROUP_TO_LOAD_BALANCER_LISTENER: Api[AddServerGroupToLoadBalancerListenerResult] = Api(
    "AddServerGroupToLoadBalancerListener",
    "POST",
    "/load-balancers/listeners/{listenerUuid}/servergroups",
    params=(
        ("listenerUuid", "path", "4.0.0"),
        ("serverGroupUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("listener_uuid", "server_group_uuid", "system_tags", "user_tags"),
    required=("listenerUuid", "serverGroupUuid"),
    body_key="params",
    since="4.0.0",
    result=".models.add_server_group_to_load_balancer_listener_result:AddServerGroupToLoadBalancerListenerResult",
    checks=(("serverGroupUuid", "server_group_uuid", "minLength", 1),),
)

ADD_VM_NIC_TO_LOAD_BALANCER: Api[AddVmNicToLoadBalancerResult] = Api(
    "AddVmNicToLoadBalancer",
    "POST",
    "/load-balancers/listeners/{listenerUuid}/vm-instances/nics",
    params=(
        ("listenerUuid", "path", "0.6"),
        ("vmNicUuids", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("listener_uuid", "vm_nic_uuids", "system_tags", "user_tags"),
    required=("listenerUuid", "vmNicUuids"),
    body_key="params",
    since="0.6",
    result=".models.add_vm_nic_to_load_balancer_result:AddVmNicToLoadBalancerResult",
    checks=(("vmNicUuids", "vm_nic_uuids", "minItems", 1),),
)

ATTACH_VIP_TO_LOAD_BALANCER: Api[AttachVipToLoadBalancerResult] = Api(
    "AttachVipToLoadBalancer",
    "POST",
    "/load-balancers/{loadBalancerUuid}/vip/{vipUuid}",
    params=(
        ("loadBalancerUuid", "path", None),
        ("vipUuid", "path", None),
        ("systemTags", "root", None),
        ("userTags", "root", None),
    ),
    names=("load_balancer_uuid", "vip_uuid", "system_tags", "user_tags"),
    required=("loadBalancerUuid", "vipUuid"),
    body_key="params",
    since=None,
    result=".models.attach_vip_to_load_balancer_result:AttachVipToLoadBalancerResult",
    checks=(("vipUuid", "vip_uuid", "minLength", 1),),
)

CHANGE_ACCESS_CONTROL_LIST_REDIRECT_RULE: Api[ChangeAccessControlListRedirectRuleResult] = Api(
    "ChangeAccessControlListRedirectRule",
    "PUT",
    "/access-control-lists/redirectRules/{uuid}/actions",
    params=(
        ("uuid", "path", "4.1.0"),
        ("name", "body", "4.1.0"),
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    names=("uuid", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="changeAccessControlListRedirectRule",
    since="4.1.0",
    result=".models.change_access_control_list_redirect_rule_result:ChangeAccessControlListRedirectRuleResult",
    checks=(("name", "name", "maxLength", 255),),
)

CHANGE_ACCESS_CONTROL_LIST_SERVER_GROUP: Api[ChangeAccessControlListServerGroupResult] = Api(
    "ChangeAccessControlListServerGroup",
    "PUT",
    "/load-balancers/listener/acl/{aclUuid}/servergroup/actions",
    params=(
        ("aclUuid", "path", "4.1.0"),
        ("listenerUuid", "body", "4.1.0"),
        ("serverGroupUuids", "body", "4.1.0"),
        ("systemTags", "root", "4.1.0"),
        ("userTags", "root", "4.1.0"),
    ),
    names=("acl_uuid", "listener_uuid", "server_group_uuids", "system_tags", "user_tags"),
    required=("aclUuid", "listenerUuid", "serverGroupUuids"),
    body_key="changeAccessControlListServerGroup",
    since="4.1.0",
    result=".models.change_access_control_list_server_group_result:ChangeAccessControlListServerGroupResult",
    checks=(("serverGroupUuids", "server_group_uuids", "minItems", 1),),
)

CHANGE_LOAD_BALANCER_BACKEND_SERVER: Api[ChangeLoadBalancerBackendServerResult] = Api(
    "ChangeLoadBalancerBackendServer",
    "PUT",
    "/load-balancers/servergroups/{serverGroupUuid}/backendserver/actions",
    params=(
        ("serverGroupUuid", "path", "4.0.0"),
        ("servers", "body", "4.0.0"),
        ("vmNics", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("server_group_uuid", "servers", "vm_nics", "system_tags", "user_tags"),
    required=("serverGroupUuid",),
    body_key="changeLoadBalancerBackendServer",
    since="4.0.0",
    result=".models.change_load_balancer_backend_server_result:ChangeLoadBalancerBackendServerResult",
    checks=(("serverGroupUuid", "server_group_uuid", "minLength", 1),),
)

CHANGE_LOAD_BALANCER_LISTENER: Api[ChangeLoadBalancerListenerResult] = Api(
    "ChangeLoadBalancerListener",
    "PUT",
    "/load-balancers/listeners/{uuid}/actions",
    params=(
        ("uuid", "path", "3.4.0"),
        ("aclStatus", "body", "3.9.0"),
        ("balancerAlgorithm", "body", "4.6.0"),
        ("connectionIdleTimeout", "body", "4.6.0"),
        ("cookieName", "body", "4.6.0"),
        ("healthCheckHttpCode", "body", "3.9.0"),
        ("healthCheckInterval", "body", "4.6.0"),
        ("healthCheckMethod", "body", "3.9.0"),
        ("healthCheckProtocol", "body", "3.9.0"),
        ("healthCheckTarget", "body", "4.6.0"),
        ("healthCheckURI", "body", "3.9.0"),
        ("healthyThreshold", "body", "4.6.0"),
        ("httpCompressAlgos", "body", "5.0.0"),
        ("httpMode", "body", "4.1.0"),
        ("httpRedirectHttps", "body", "4.7.21"),
        ("httpVersions", "body", "5.0.0"),
        ("maxConnection", "body", "4.6.0"),
        ("nbprocess", "body", "4.1.0"),
        ("redirectPort", "body", "4.7.21"),
        ("securityPolicyType", "body", "4.1.0"),
        ("sessionIdleTimeout", "body", "4.6.0"),
        ("sessionPersistence", "body", "4.6.0"),
        ("statusCode", "body", "4.7.21"),
        ("tcpProxyProtocol", "body", "5.0.0"),
        ("unhealthyThreshold", "body", "4.6.0"),
        ("systemTags", "root", "3.4.0"),
        ("userTags", "root", "3.4.0"),
    ),
    names=(
        "uuid",
        "acl_status",
        "balancer_algorithm",
        "connection_idle_timeout",
        "cookie_name",
        "health_check_http_code",
        "health_check_interval",
        "health_check_method",
        "health_check_protocol",
        "health_check_target",
        "health_check_uri",
        "healthy_threshold",
        "http_compress_algos",
        "http_mode",
        "http_redirect_https",
        "http_versions",
        "max_connection",
        "nbprocess",
        "redirect_port",
        "security_policy_type",
        "session_idle_timeout",
        "session_persistence",
        "status_code",
        "tcp_proxy_protocol",
        "unhealthy_threshold",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="changeLoadBalancerListener",
    since="3.4.0",
    result=".models.change_load_balancer_listener_result:ChangeLoadBalancerListenerResult",
    checks=(
        ("aclStatus", "acl_status", "enum", ("enable", "disable")),
        (
            "balancerAlgorithm",
            "balancer_algorithm",
            "enum",
            ("weightroundrobin", "roundrobin", "leastconn", "source"),
        ),
        ("connectionIdleTimeout", "connection_idle_timeout", "minimum", 0),
        ("connectionIdleTimeout", "connection_idle_timeout", "maximum", 2147483647),
        ("cookieName", "cookie_name", "maxLength", 20),
        ("cookieName", "cookie_name", "pattern", "^(?:[A-Za-z0-9_-]+)$"),
        ("healthCheckHttpCode", "health_check_http_code", "maxLength", 80),
        ("healthCheckInterval", "health_check_interval", "minimum", 1),
        ("healthCheckInterval", "health_check_interval", "maximum", 2147483647),
        ("healthCheckMethod", "health_check_method", "enum", ("GET", "HEAD")),
        ("healthCheckProtocol", "health_check_protocol", "enum", ("tcp", "udp", "http")),
        ("healthCheckURI", "health_check_uri", "maxLength", 80),
        ("healthCheckURI", "health_check_uri", "pattern", "^(?:^/[A-Za-z0-9-/.%?#&]*)$"),
        ("healthyThreshold", "healthy_threshold", "minimum", 1),
        ("healthyThreshold", "healthy_threshold", "maximum", 2147483647),
        (
            "httpMode",
            "http_mode",
            "enum",
            ("http-keep-alive", "http-server-close", "http-tunnel", "httpclose", "forceclose"),
        ),
        ("httpRedirectHttps", "http_redirect_https", "enum", ("disable", "enable")),
        ("maxConnection", "max_connection", "minimum", 0),
        ("maxConnection", "max_connection", "maximum", 10000000),
        ("nbprocess", "nbprocess", "minimum", 1),
        ("nbprocess", "nbprocess", "maximum", 64),
        ("redirectPort", "redirect_port", "minimum", 1),
        ("redirectPort", "redirect_port", "maximum", 65535),
        (
            "securityPolicyType",
            "security_policy_type",
            "enum",
            (
                "tls_cipher_policy_default",
                "tls_cipher_policy_1_0",
                "tls_cipher_policy_1_1",
                "tls_cipher_policy_1_2",
                "tls_cipher_policy_1_2_strict",
                "tls_cipher_policy_1_2_strict_with_1_3",
            ),
        ),
        ("sessionIdleTimeout", "session_idle_timeout", "minimum", 30),
        ("sessionIdleTimeout", "session_idle_timeout", "maximum", 3600),
        (
            "sessionPersistence",
            "session_persistence",
            "enum",
            ("disable", "iphash", "insert", "rewrite"),
        ),
        ("statusCode", "status_code", "enum", (301, 302, 303, 307, 308)),
        ("unhealthyThreshold", "unhealthy_threshold", "minimum", 1),
        ("unhealthyThreshold", "unhealthy_threshold", "maximum", 2147483647),
    ),
)

CHANGE_SLB_GROUP_DEPLOY_TYPE: Api[ChangeSlbGroupDeployTypeResult] = Api(
    "ChangeSlbGroupDeployType",
    "PUT",
    "/load-balancers/slb/groups/{slbGroupUuid}/deployType",
    params=(
        ("slbGroupUuid", "path", "5.1.0"),
        ("deployType", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    names=("slb_group_uuid", "deploy_type", "system_tags", "user_tags"),
    required=("slbGroupUuid", "deployType"),
    body_key="changeSlbGroupDeployType",
    since="5.1.0",
    result=".models.change_slb_group_deploy_type_result:ChangeSlbGroupDeployTypeResult",
    checks=(("deployType", "deploy_type", "minLength", 1),),
)

CHANGE_SLB_GROUP_MONITOR_IPS: Api[ChangeSlbGroupMonitorIpsResult] = Api(
    "ChangeSlbGroupMonitorIps",
    "PUT",
    "/load-balancers/slb/groups/{slbGroupUuid}/monitorIps",
    params=(
        ("slbGroupUuid", "path", "5.1.0"),
        ("deployType", "body", "5.1.0"),
        ("monitorIps", "body", None),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    names=("slb_group_uuid", "deploy_type", "monitor_ips", "system_tags", "user_tags"),
    required=("slbGroupUuid", "deployType", "monitorIps"),
    body_key="changeSlbGroupMonitorIps",
    since="5.1.0",
    result=".models.change_slb_group_monitor_ips_result:ChangeSlbGroupMonitorIpsResult",
)

CREATE_ACCESS_CONTROL_LIST: Api[CreateAccessControlListResult] = Api(
    "CreateAccessControlList",
    "POST",
    "/access-control-lists",
    params=(
        ("description", "body", "3.9.0"),
        ("ipVersion", "body", "3.9.0"),
        ("name", "body", "3.9.0"),
        ("resourceUuid", "body", "3.9.0"),
        ("tagUuids", "body", "3.9.0"),
        ("systemTags", "root", "3.9.0"),
        ("userTags", "root", "3.9.0"),
    ),
    names=(
        "description",
        "ip_version",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="3.9.0",
    result=".models.create_access_control_list_result:CreateAccessControlListResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipVersion", "ip_version", "enum", (4, 6)),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_CERTIFICATE: Api[CreateCertificateResult] = Api(
    "CreateCertificate",
    "POST",
    "/certificates",
    params=(
        ("certificate", "body", "2.3.2"),
        ("description", "body", "2.3.2"),
        ("name", "body", "2.3.2"),
        ("resourceUuid", "body", "2.3.2"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "2.3.2"),
        ("userTags", "root", "2.3.2"),
    ),
    names=(
        "certificate",
        "description",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("certificate", "name"),
    body_key="params",
    since="2.3.2",
    result=".models.create_certificate_result:CreateCertificateResult",
    checks=(
        ("certificate", "certificate", "maxLength", 60000),
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_LOAD_BALANCER: Api[CreateLoadBalancerResult] = Api(
    "CreateLoadBalancer",
    "POST",
    "/load-balancers",
    params=(
        ("description", "body", "0.6"),
        ("ipv6VipUuid", "body", None),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("type", "body", None),
        ("vipUuid", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "description",
        "ipv6_vip_uuid",
        "name",
        "resource_uuid",
        "tag_uuids",
        "type",
        "vip_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name",),
    body_key="params",
    since="0.6",
    result=".models.create_load_balancer_result:CreateLoadBalancerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_LOAD_BALANCER_LISTENER: Api[CreateLoadBalancerListenerResult] = Api(
    "CreateLoadBalancerListener",
    "POST",
    "/load-balancers/{loadBalancerUuid}/listeners",
    params=(
        ("loadBalancerUuid", "path", "0.6"),
        ("aclStatus", "body", "3.9.0"),
        ("aclType", "body", "3.9.0"),
        ("aclUuids", "body", "3.9.0"),
        ("certificateUuid", "body", "2.3.2"),
        ("description", "body", "0.6"),
        ("healthCheckHttpCode", "body", "3.9.0"),
        ("healthCheckMethod", "body", "3.9.0"),
        ("healthCheckProtocol", "body", "3.9.0"),
        ("healthCheckURI", "body", "3.9.0"),
        ("httpCompressAlgos", "body", "5.0.0"),
        ("httpVersions", "body", "5.0.0"),
        ("instancePort", "body", "0.6"),
        ("loadBalancerPort", "body", "0.6"),
        ("name", "body", "0.6"),
        ("protocol", "body", "3.0.0"),
        ("resourceUuid", "body", "0.6"),
        ("securityPolicyType", "body", "5.0.0"),
        ("tagUuids", "body", "0.6"),
        ("tcpProxyProtocol", "body", "5.0.0"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "load_balancer_uuid",
        "acl_status",
        "acl_type",
        "acl_uuids",
        "certificate_uuid",
        "description",
        "health_check_http_code",
        "health_check_method",
        "health_check_protocol",
        "health_check_uri",
        "http_compress_algos",
        "http_versions",
        "instance_port",
        "load_balancer_port",
        "name",
        "protocol",
        "resource_uuid",
        "security_policy_type",
        "tag_uuids",
        "tcp_proxy_protocol",
        "system_tags",
        "user_tags",
    ),
    required=("loadBalancerUuid", "loadBalancerPort", "name"),
    body_key="params",
    since="0.6",
    result=".models.create_load_balancer_listener_result:CreateLoadBalancerListenerResult",
    checks=(
        ("aclStatus", "acl_status", "enum", ("enable", "disable")),
        ("aclType", "acl_type", "enum", ("white", "black")),
        ("description", "description", "maxLength", 2048),
        ("healthCheckHttpCode", "health_check_http_code", "maxLength", 80),
        ("healthCheckMethod", "health_check_method", "enum", ("GET", "HEAD")),
        ("healthCheckProtocol", "health_check_protocol", "enum", ("tcp", "udp", "http")),
        ("healthCheckURI", "health_check_uri", "maxLength", 80),
        ("healthCheckURI", "health_check_uri", "pattern", "^(?:^/[A-Za-z0-9-/.%?#&]*)$"),
        ("instancePort", "instance_port", "minimum", 1),
        ("instancePort", "instance_port", "maximum", 65535),
        ("loadBalancerPort", "load_balancer_port", "minimum", 1),
        ("loadBalancerPort", "load_balancer_port", "maximum", 65535),
        ("name", "name", "maxLength", 255),
        ("protocol", "protocol", "maxLength", 255),
        ("protocol", "protocol", "enum", ("udp", "tcp", "http", "https")),
        (
            "securityPolicyType",
            "security_policy_type",
            "enum",
            (
                "tls_cipher_policy_default",
                "tls_cipher_policy_1_0",
                "tls_cipher_policy_1_1",
                "tls_cipher_policy_1_2",
                "tls_cipher_policy_1_2_strict",
                "tls_cipher_policy_1_2_strict_with_1_3",
            ),
        ),
    ),
)

CREATE_LOAD_BALANCER_SERVER_GROUP: Api[CreateLoadBalancerServerGroupResult] = Api(
    "CreateLoadBalancerServerGroup",
    "POST",
    "/load-balancers/{loadBalancerUuid}/servergroups",
    params=(
        ("loadBalancerUuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("ipVersion", "body", "5.1.0"),
        ("name", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "load_balancer_uuid",
        "description",
        "ip_version",
        "name",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("loadBalancerUuid", "name"),
    body_key="params",
    since="4.0.0",
    result=".models.create_load_balancer_server_group_result:CreateLoadBalancerServerGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SLB_GROUP: Api[CreateSlbGroupResult] = Api(
    "CreateSlbGroup",
    "POST",
    "/load-balancers/slb/groups",
    params=(
        ("backendL3NetworkUuids", "body", "4.0.0"),
        ("backendType", "body", "4.0.0"),
        ("deployType", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("frontEndL3NetworkUuid", "body", "4.0.0"),
        ("monitorIps", "body", "5.1.0"),
        ("name", "body", "4.0.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("slbOfferingUuid", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "backend_l3_network_uuids",
        "backend_type",
        "deploy_type",
        "description",
        "front_end_l3_network_uuid",
        "monitor_ips",
        "name",
        "resource_uuid",
        "slb_offering_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("frontEndL3NetworkUuid", "name", "slbOfferingUuid"),
    body_key="params",
    since="4.0.0",
    result=".models.create_slb_group_result:CreateSlbGroupResult",
    checks=(
        ("backendL3NetworkUuids", "backend_l3_network_uuids", "minItems", 1),
        ("backendType", "backend_type", "enum", ("VYOS",)),
        ("deployType", "deploy_type", "enum", ("NoHA", "HA")),
        ("description", "description", "maxLength", 2048),
        ("frontEndL3NetworkUuid", "front_end_l3_network_uuid", "minLength", 1),
        ("monitorIps", "monitor_ips", "minItems", 1),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SLB_INSTANCE: Api[CreateSlbInstanceResult] = Api(
    "CreateSlbInstance",
    "POST",
    "/load-balancers/slb/instances",
    params=(
        ("clusterUuid", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("hostUuid", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("primaryStorageUuidForRootVolume", "body", "5.5.0"),
        ("resourceUuid", "body", "4.0.0"),
        ("rootVolumeSystemTags", "body", "5.5.0"),
        ("slbGroupUuid", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("zoneUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "cluster_uuid",
        "description",
        "host_uuid",
        "name",
        "primary_storage_uuid_for_root_volume",
        "resource_uuid",
        "root_volume_system_tags",
        "slb_group_uuid",
        "tag_uuids",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("name", "slbGroupUuid"),
    body_key="params",
    since="4.0.0",
    result=".models.create_slb_instance_result:CreateSlbInstanceResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

CREATE_SLB_OFFERING: Api[CreateSlbOfferingResult] = Api(
    "CreateSlbOffering",
    "POST",
    "/instance-offerings/slb",
    params=(
        ("allocatorStrategy", "body", "4.0.0"),
        ("cpuNum", "body", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("imageUuid", "body", "4.0.0"),
        ("managementNetworkUuid", "body", "4.0.0"),
        ("memorySize", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("reservedMemorySize", "body", None),
        ("resourceUuid", "body", "4.0.0"),
        ("sortKey", "body", "4.0.0"),
        ("tagUuids", "body", "4.0.0"),
        ("type", "body", "4.0.0"),
        ("zoneUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=(
        "allocator_strategy",
        "cpu_num",
        "description",
        "image_uuid",
        "management_network_uuid",
        "memory_size",
        "name",
        "reserved_memory_size",
        "resource_uuid",
        "sort_key",
        "tag_uuids",
        "type",
        "zone_uuid",
        "system_tags",
        "user_tags",
    ),
    required=("cpuNum", "imageUuid", "managementNetworkUuid", "memorySize", "name", "zoneUuid"),
    body_key="params",
    since="4.0.0",
    result=".models.create_slb_offering_result:CreateSlbOfferingResult",
    checks=(
        ("cpuNum", "cpu_num", "minimum", 1),
        ("cpuNum", "cpu_num", "maximum", 1024),
        ("description", "description", "maxLength", 2048),
        ("memorySize", "memory_size", "minimum", 1),
        ("memorySize", "memory_size", "maximum", 9223372036854775807),
        ("name", "name", "maxLength", 255),
        ("reservedMemorySize", "reserved_memory_size", "minimum", 0),
        ("reservedMemorySize", "reserved_memory_size", "maximum", 9223372036854775807),
    ),
)

DELETE_ACCESS_CONTROL_LIST: Api[DeleteAccessControlListResult] = Api(
    "DeleteAccessControlList",
    "DELETE",
    "/access-control-lists/{uuid}",
    params=(
        ("uuid", "path", "3.9.0"),
        ("deleteMode", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="3.9.0",
    result=".models.delete_access_control_list_result:DeleteAccessControlListResult",
)

DELETE_CERTIFICATE: Api[DeleteCertificateResult] = Api(
    "DeleteCertificate",
    "DELETE",
    "/certificates/{uuid}",
    params=(
        ("uuid", "path", "2.3.2"),
        ("deleteMode", "query", "2.3.2"),
        ("systemTags", "query", "2.3.2"),
        ("userTags", "query", "2.3.2"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="2.3.2",
    result=".models.delete_certificate_result:DeleteCertificateResult",
)

DELETE_LOAD_BALANCER: Api[DeleteLoadBalancerResult] = Api(
    "DeleteLoadBalancer",
    "DELETE",
    "/load-balancers/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_load_balancer_result:DeleteLoadBalancerResult",
)

DELETE_LOAD_BALANCER_LISTENER: Api[DeleteLoadBalancerListenerResult] = Api(
    "DeleteLoadBalancerListener",
    "DELETE",
    "/load-balancers/listeners/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_load_balancer_listener_result:DeleteLoadBalancerListenerResult",
)

DELETE_LOAD_BALANCER_SERVER_GROUP: Api[DeleteLoadBalancerServerGroupResult] = Api(
    "DeleteLoadBalancerServerGroup",
    "DELETE",
    "/load-balancers/servergroups/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.0.0",
    result=".models.delete_load_balancer_server_group_result:DeleteLoadBalancerServerGroupResult",
)

DELETE_SLB_GROUP: Api[DeleteSlbGroupResult] = Api(
    "DeleteSlbGroup",
    "DELETE",
    "/load-balancers/slb/group/{uuid}",
    params=(
        ("uuid", "path", "4.0.0"),
        ("deleteMode", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="4.0.0",
    result=".models.delete_slb_group_result:DeleteSlbGroupResult",
)

GET_CANDIDATE_L3_NETWORKS_FOR_LOAD_BALANCER: Api[GetCandidateL3NetworksForLoadBalancerResult] = Api(
    "GetCandidateL3NetworksForLoadBalancer",
    "GET",
    "/load-balancers/listeners/{listenerUuid}/networks/candidates",
    params=(
        ("listenerUuid", "path", "3.9.0"),
        ("limit", "query", "3.9.0"),
        ("start", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("listener_uuid", "limit", "start", "system_tags", "user_tags"),
    required=("listenerUuid",),
    since="3.9.0",
    result=".models.get_candidate_l3_networks_for_load_balancer_result:GetCandidateL3NetworksForLoadBalancerResult",
)

GET_CANDIDATE_L3_NETWORKS_FOR_SERVER_GROUP: Api[GetCandidateL3NetworksForServerGroupResult] = Api(
    "GetCandidateL3NetworksForServerGroup",
    "GET",
    "/load-balancers/servergroups/candidate-l3network",
    params=(
        ("serverGroupUuid", "query", None),
        ("loadBalancerUuid", "query", None),
        ("limit", "query", None),
        ("start", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=("server_group_uuid", "load_balancer_uuid", "limit", "start", "system_tags", "user_tags"),
    since=None,
    result=".models.get_candidate_l3_networks_for_server_group_result:GetCandidateL3NetworksForServerGroupResult",
)

GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER: Api[GetCandidateVmNicsForLoadBalancerResult] = Api(
    "GetCandidateVmNicsForLoadBalancer",
    "GET",
    "/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics",
    params=(
        ("listenerUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("listener_uuid", "system_tags", "user_tags"),
    required=("listenerUuid",),
    since="0.6",
    result=".models.get_candidate_vm_nics_for_load_balancer_result:GetCandidateVmNicsForLoadBalancerResult",
)

GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER_SERVER_GROUP: Api[
    GetCandidateVmNicsForLoadBalancerServerGroupResult
] = Api(
    "GetCandidateVmNicsForLoadBalancerServerGroup",
    "GET",
    "/load-balancers/servergroups/candidate-nics",
    params=(
        ("servergroupUuid", "query", "4.0.0"),
        ("loadBalancerUuid", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
        ("ipVersion", "query", "5.1.0"),
    ),
    names=("servergroup_uuid", "load_balancer_uuid", "system_tags", "user_tags", "ip_version"),
    since="4.0.0",
    result=".models.get_candidate_vm_nics_for_load_balancer_server_group_result:GetCandidateVmNicsForLoadBalancerServerGroupResult",
    checks=(("ipVersion", "ip_version", "enum", (4, 6)),),
)

GET_LOAD_BALANCER_LISTENER_ACL_ENTRIES: Api[GetLoadBalancerListenerACLEntriesResult] = Api(
    "GetLoadBalancerListenerACLEntries",
    "GET",
    "/load-balancers/listeners/access-control-lists/entries",
    params=(
        ("listenerUuids", "query", "4.1.0"),
        ("type", "query", "4.1.0"),
        ("systemTags", "query", "4.1.0"),
        ("userTags", "query", "4.1.0"),
    ),
    names=("listener_uuids", "type", "system_tags", "user_tags"),
    since="4.1.0",
    result=".models.get_load_balancer_listener_acl_entries_result:GetLoadBalancerListenerACLEntriesResult",
    checks=(("type", "type", "enum", ("RedirectRule", "IpEntry")),),
)

GET_LOAD_BALANCER_OWNER: Api[GetLoadBalancerOwnerResult] = Api(
    "GetLoadBalancerOwner",
    "GET",
    "/load-balancers/{loadBalancerUuid}/owner",
    params=(
        ("loadBalancerUuid", "path", "5.1.0"),
        ("systemTags", "query", "5.1.0"),
        ("userTags", "query", "5.1.0"),
    ),
    names=("load_balancer_uuid", "system_tags", "user_tags"),
    required=("loadBalancerUuid",),
    since="5.1.0",
    result=".models.get_load_balancer_owner_result:GetLoadBalancerOwnerResult",
)

PROVISION_SLB_INSTANCE: Api[ProvisionSlbInstanceResult] = Api(
    "ProvisionSlbInstance",
    "PUT",
    "/load-balancers/slb/instances/{uuid}/provision",
    params=(
        ("uuid", "path", None),
        ("slbInstanceUuid", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    names=("uuid", "slb_instance_uuid", "system_tags", "user_tags"),
    required=("uuid", "slbInstanceUuid"),
    body_key="provisionSlbInstance",
    since="5.1.0",
    result=".models.provision_slb_instance_result:ProvisionSlbInstanceResult",
)

QUERY_ACCESS_CONTROL_LIST: Api[QueryAccessControlListResult] = Api(
    "QueryAccessControlList",
    "GET",
    "/access-control-lists",
    params=(
        ("uuid", "path", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.9.0",
    result=".models.query_access_control_list_result:QueryAccessControlListResult",
    query=True,
    alt_paths=("/access-control-lists/{uuid}",),
)

QUERY_CERTIFICATE: Api[QueryCertificateResult] = Api(
    "QueryCertificate",
    "GET",
    "/certificates",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_certificate_result:QueryCertificateResult",
    query=True,
    alt_paths=("/certificates/{uuid}",),
)

QUERY_LOAD_BALANCER: Api[QueryLoadBalancerResult] = Api(
    "QueryLoadBalancer",
    "GET",
    "/load-balancers",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_load_balancer_result:QueryLoadBalancerResult",
    query=True,
    alt_paths=("/load-balancers/{uuid}",),
)

QUERY_LOAD_BALANCER_LISTENER: Api[QueryLoadBalancerListenerResult] = Api(
    "QueryLoadBalancerListener",
    "GET",
    "/load-balancers/listeners",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_load_balancer_listener_result:QueryLoadBalancerListenerResult",
    query=True,
    alt_paths=("/load-balancers/listeners/{uuid}",),
)

QUERY_LOAD_BALANCER_SERVER_GROUP: Api[QueryLoadBalancerServerGroupResult] = Api(
    "QueryLoadBalancerServerGroup",
    "GET",
    "/load-balancers/servergroups",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.0.0",
    result=".models.query_load_balancer_server_group_result:QueryLoadBalancerServerGroupResult",
    query=True,
    alt_paths=("/load-balancers/servergroups/{uuid}",),
)

QUERY_SLB_GROUP: Api[QuerySlbGroupResult] = Api(
    "QuerySlbGroup",
    "GET",
    "/load-balancers/slb/groups",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.0.0",
    result=".models.query_slb_group_result:QuerySlbGroupResult",
    query=True,
    alt_paths=("/load-balancers/slb/groups/{uuid}",),
)

QUERY_SLB_OFFERING: Api[QuerySlbOfferingResult] = Api(
    "QuerySlbOffering",
    "GET",
    "/instance-offerings/slb",
    params=(
        ("uuid", "path", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="4.0.0",
    result=".models.query_slb_offering_result:QuerySlbOfferingResult",
    query=True,
    alt_paths=("/instance-offerings/slb/{uuid}",),
)

QUERY_SLB_VM_INSTANCE: Api[QuerySlbVmInstanceResult] = Api(
    "QuerySlbVmInstance",
    "GET",
    "/load-balancers/slb/instances",
    params=(
        ("uuid", "path", "5.1.0"),
        ("systemTags", "query", "5.1.0"),
        ("userTags", "query", "5.1.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="5.1.0",
    result=".models.query_slb_vm_instance_result:QuerySlbVmInstanceResult",
    query=True,
    alt_paths=("/load-balancers/slb/instances/{uuid}",),
)

REFRESH_LOAD_BALANCER: Api[RefreshLoadBalancerResult] = Api(
    "RefreshLoadBalancer",
    "PUT",
    "/load-balancers/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="refreshLoadBalancer",
    since="0.6",
    result=".models.refresh_load_balancer_result:RefreshLoadBalancerResult",
)

REMOVE_ACCESS_CONTROL_LIST_ENTRY: Api[RemoveAccessControlListEntryResult] = Api(
    "RemoveAccessControlListEntry",
    "DELETE",
    "/access-control-lists/{aclUuid}/ipentries/{uuid}",
    params=(
        ("aclUuid", "path", "3.9.0"),
        ("uuid", "path", "3.9.0"),
        ("deleteMode", "query", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("acl_uuid", "uuid", "delete_mode", "system_tags", "user_tags"),
    required=("aclUuid", "uuid"),
    since="3.9.0",
    result=".models.remove_access_control_list_entry_result:RemoveAccessControlListEntryResult",
)

REMOVE_ACCESS_CONTROL_LIST_FROM_LOAD_BALANCER: Api[
    RemoveAccessControlListFromLoadBalancerResult
] = Api(
    "RemoveAccessControlListFromLoadBalancer",
    "DELETE",
    "/load-balancers/listeners/{listenerUuid}/access-control-lists",
    params=(
        ("listenerUuid", "path", "3.9.0"),
        ("aclUuids", "query", "3.9.0"),
        ("serverGroupUuids", "query", "4.1.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("listener_uuid", "acl_uuids", "server_group_uuids", "system_tags", "user_tags"),
    required=("listenerUuid", "aclUuids"),
    since="3.9.0",
    result=".models.remove_access_control_list_from_load_balancer_result:RemoveAccessControlListFromLoadBalancerResult",
    checks=(("aclUuids", "acl_uuids", "minItems", 1),),
)

REMOVE_BACKEND_SERVER_FROM_SERVER_GROUP: Api[RemoveBackendServerFromServerGroupResult] = Api(
    "RemoveBackendServerFromServerGroup",
    "PUT",
    "/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions",
    params=(
        ("serverGroupUuid", "path", "4.0.0"),
        ("serverIps", "body", "4.0.0"),
        ("vmNicUuids", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("server_group_uuid", "server_ips", "vm_nic_uuids", "system_tags", "user_tags"),
    required=("serverGroupUuid",),
    body_key="removeBackendServerFromServerGroup",
    since="4.0.0",
    result=".models.remove_backend_server_from_server_group_result:RemoveBackendServerFromServerGroupResult",
    checks=(("serverGroupUuid", "server_group_uuid", "minLength", 1),),
)

REMOVE_CERTIFICATE_FROM_LOAD_BALANCER_LISTENER: Api[
    RemoveCertificateFromLoadBalancerListenerResult
] = Api(
    "RemoveCertificateFromLoadBalancerListener",
    "DELETE",
    "/load-balancers/listeners/{listenerUuid}/certificate",
    params=(
        ("listenerUuid", "path", "2.3.2"),
        ("certificateUuid", "query", "2.3.2"),
        ("systemTags", "query", "2.3.2"),
        ("userTags", "query", "2.3.2"),
    ),
    names=("listener_uuid", "certificate_uuid", "system_tags", "user_tags"),
    required=("listenerUuid", "certificateUuid"),
    since="2.3.2",
    result=".models.remove_certificate_from_load_balancer_listener_result:RemoveCertificateFromLoadBalancerListenerResult",
    checks=(("certificateUuid", "certificate_uuid", "minLength", 1),),
)

REMOVE_SERVER_GROUP_FROM_LOAD_BALANCER_LISTENER: Api[
    RemoveServerGroupFromLoadBalancerListenerResult
] = Api(
    "RemoveServerGroupFromLoadBalancerListener",
    "DELETE",
    "/load-balancers/listeners/{listenerUuid}/servergroups",
    params=(
        ("listenerUuid", "path", "4.0.0"),
        ("serverGroupUuid", "query", "4.0.0"),
        ("systemTags", "query", "4.0.0"),
        ("userTags", "query", "4.0.0"),
    ),
    names=("listener_uuid", "server_group_uuid", "system_tags", "user_tags"),
    required=("listenerUuid", "serverGroupUuid"),
    since="4.0.0",
    result=".models.remove_server_group_from_load_balancer_listener_result:RemoveServerGroupFromLoadBalancerListenerResult",
    checks=(("serverGroupUuid", "server_group_uuid", "minLength", 1),),
)

REMOVE_VM_NIC_FROM_LOAD_BALANCER: Api[RemoveVmNicFromLoadBalancerResult] = Api(
    "RemoveVmNicFromLoadBalancer",
    "DELETE",
    "/load-balancers/listeners/{listenerUuid}/vm-instances/nics",
    params=(
        ("listenerUuid", "path", "0.6"),
        ("vmNicUuids", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("listener_uuid", "vm_nic_uuids", "system_tags", "user_tags"),
    required=("listenerUuid", "vmNicUuids"),
    since="0.6",
    result=".models.remove_vm_nic_from_load_balancer_result:RemoveVmNicFromLoadBalancerResult",
    checks=(("vmNicUuids", "vm_nic_uuids", "minItems", 1),),
)

UPDATE_CERTIFICATE: Api[UpdateCertificateResult] = Api(
    "UpdateCertificate",
    "PUT",
    "/certificates/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateCertificate",
    since="0.6",
    result=".models.update_certificate_result:UpdateCertificateResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_LOAD_BALANCER: Api[UpdateLoadBalancerResult] = Api(
    "UpdateLoadBalancer",
    "PUT",
    "/load-balancers/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "resource_uuid", "tag_uuids", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateLoadBalancer",
    since="0.6",
    result=".models.update_load_balancer_result:UpdateLoadBalancerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_LOAD_BALANCER_LISTENER: Api[UpdateLoadBalancerListenerResult] = Api(
    "UpdateLoadBalancerListener",
    "PUT",
    "/load-balancers/listeners/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateLoadBalancerListener",
    since="0.6",
    result=".models.update_load_balancer_listener_result:UpdateLoadBalancerListenerResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_LOAD_BALANCER_SERVER_GROUP: Api[UpdateLoadBalancerServerGroupResult] = Api(
    "UpdateLoadBalancerServerGroup",
    "PUT",
    "/load-balancers/servergroups/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateLoadBalancerServerGroup",
    since="4.0.0",
    result=".models.update_load_balancer_server_group_result:UpdateLoadBalancerServerGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_SLB_GROUP: Api[UpdateSlbGroupResult] = Api(
    "UpdateSlbGroup",
    "PUT",
    "/load-balancers/slb/group/{uuid}/actions",
    params=(
        ("uuid", "path", "4.0.0"),
        ("description", "body", "4.0.0"),
        ("name", "body", "4.0.0"),
        ("slbOfferingUuid", "body", "4.0.0"),
        ("systemTags", "root", "4.0.0"),
        ("userTags", "root", "4.0.0"),
    ),
    names=("uuid", "description", "name", "slb_offering_uuid", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateSlbGroup",
    since="4.0.0",
    result=".models.update_slb_group_result:UpdateSlbGroupResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)


class LoadBalancersApi(SyncNamespace):
    """load-balancers: 55 APIs (AddAccessControlListEntry, AddAccessControlListRedirectRule, AddAccessControlListToLoadBalancer, ...)."""

    __slots__ = ()

    def add_access_control_list_entry(
        self,
        *,
        acl_uuid: str,
        entries: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListEntryResult:
        """向访问控制策略组添加IP组 (AddAccessControlListEntry).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 3.9.0)
            description: 资源的详细描述 (since 3.9.0; maxLength 2048)
            entries: IP组 (since 3.9.0; maxLength 2048)
            resource_uuid: 资源UUID (since 3.9.0)
            tag_uuids: 标签UUID列表 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ACCESS_CONTROL_LIST_ENTRY,
            {
                "aclUuid": acl_uuid,
                "description": description,
                "entries": entries,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_access_control_list_redirect_rule(
        self,
        *,
        acl_uuid: str,
        description: str | None = None,
        domain: str | None = None,
        name: str | None = None,
        redirect_port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListRedirectRuleResult:
        """向访问控制策略组添加转发规则 (AddAccessControlListRedirectRule).

        Since ZStack 4.1.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 4.1.3)
            description: 资源的详细描述 (since 4.1.3; maxLength 2048)
            domain: 域名说明: 对于参数domain和url，两者至少要设置一个 (since 4.1.3; maxLength 255)
            name: 资源名称 (since 4.1.3; maxLength 255)
            redirect_port: 转发端口 (since 5.5.0)
            resource_uuid: 资源UUID (since 4.1.3)
            tag_uuids: 标签UUID列表 (since 4.1.3)
            url: url说明: 如指定了domain且不指定url，该参数可传/ (since 4.1.3; maxLength 80)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ACCESS_CONTROL_LIST_REDIRECT_RULE,
            {
                "aclUuid": acl_uuid,
                "description": description,
                "domain": domain,
                "name": name,
                "redirectPort": redirect_port,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_access_control_list_to_load_balancer(
        self,
        *,
        listener_uuid: str,
        acl_type: Literal["white", "black", "redirect"],
        acl_uuids: Sequence[str],
        server_group_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListToLoadBalancerResult:
        """添加监听器的访问控制策略 (AddAccessControlListToLoadBalancer).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器唯一标识 (since 3.9.0)
            acl_type: 访问控制策略类型 (since 4.1.0; enum {'white', 'black', 'redirect'})
            acl_uuids: 访问控制策略组的唯一标识 (since 3.9.0; minItems 1)
            server_group_uuids: 负载均衡器服务器组uuid (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_ACCESS_CONTROL_LIST_TO_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "aclType": acl_type,
                "aclUuids": acl_uuids,
                "serverGroupUuids": server_group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_backend_server_to_server_group(
        self,
        *,
        server_group_uuid: str,
        servers: Sequence[Any] | None = None,
        vm_nics: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBackendServerToServerGroupResult:
        """添加后端服务器到服务器组 (AddBackendServerToServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            servers: 后端服务器IP (since 4.0.0)
            vm_nics: 后端服务器网卡 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_BACKEND_SERVER_TO_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "servers": servers,
                "vmNics": vm_nics,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_certificate_to_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        certificate_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCertificateToLoadBalancerListenerResult:
        """添加证书到负载均衡 (AddCertificateToLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: listenerUuid (since 2.3.2)
            certificate_uuid: certificateUuid (since 2.3.2; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_CERTIFICATE_TO_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "certificateUuid": certificate_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_server_group_to_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        server_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddServerGroupToLoadBalancerListenerResult:
        """添加服务器组到负载均衡监听器 (AddServerGroupToLoadBalancerListener).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡器监听器uuid (since 4.0.0)
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_SERVER_GROUP_TO_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "serverGroupUuid": server_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_vm_nic_to_load_balancer(
        self,
        *,
        listener_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmNicToLoadBalancerResult:
        """添加云主机网卡到负载均衡器 (AddVmNicToLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            vm_nic_uuids: 云主机网卡UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_VM_NIC_TO_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def attach_vip_to_load_balancer(
        self,
        *,
        load_balancer_uuid: str,
        vip_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVipToLoadBalancerResult:
        """Attach vip to load balancer (AttachVipToLoadBalancer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachVipToLoadBalancerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            load_balancer_uuid: loadBalancerUuid
            vip_uuid: vipUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ATTACH_VIP_TO_LOAD_BALANCER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_access_control_list_redirect_rule(
        self,
        *,
        uuid: str,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessControlListRedirectRuleResult:
        """修改控制策略组转发规则名称 (ChangeAccessControlListRedirectRule).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.1.0)
            name: 转发规则名称 (since 4.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ACCESS_CONTROL_LIST_REDIRECT_RULE,
            {
                "uuid": uuid,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_access_control_list_server_group(
        self,
        *,
        acl_uuid: str,
        listener_uuid: str,
        server_group_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessControlListServerGroupResult:
        """修改访问控制组绑定的后端服务器组 (ChangeAccessControlListServerGroup).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 4.1.0)
            listener_uuid: 监听器唯一标识 (since 4.1.0)
            server_group_uuids: 负载均衡器服务器组uuid (since 4.1.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_ACCESS_CONTROL_LIST_SERVER_GROUP,
            {
                "aclUuid": acl_uuid,
                "listenerUuid": listener_uuid,
                "serverGroupUuids": server_group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_load_balancer_backend_server(
        self,
        *,
        server_group_uuid: str,
        servers: Sequence[Any] | None = None,
        vm_nics: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeLoadBalancerBackendServerResult:
        """更新负载均衡后端服务器参数 (ChangeLoadBalancerBackendServer).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            servers: 后端服务器组网ip (since 4.0.0)
            vm_nics: 后端服务器组网卡 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_LOAD_BALANCER_BACKEND_SERVER,
            {
                "serverGroupUuid": server_group_uuid,
                "servers": servers,
                "vmNics": vm_nics,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_load_balancer_listener(
        self,
        *,
        uuid: str,
        acl_status: Literal["enable", "disable"] | None = None,
        balancer_algorithm: Literal["weightroundrobin", "roundrobin", "leastconn", "source"]
        | None = None,
        connection_idle_timeout: int | None = None,
        cookie_name: str | None = None,
        health_check_http_code: str | None = None,
        health_check_interval: int | None = None,
        health_check_method: Literal["GET", "HEAD"] | None = None,
        health_check_protocol: Literal["tcp", "udp", "http"] | None = None,
        health_check_target: str | None = None,
        health_check_uri: str | None = None,
        healthy_threshold: int | None = None,
        http_compress_algos: Sequence[str] | None = None,
        http_mode: Literal[
            "http-keep-alive", "http-server-close", "http-tunnel", "httpclose", "forceclose"
        ]
        | None = None,
        http_redirect_https: Literal["disable", "enable"] | None = None,
        http_versions: Sequence[str] | None = None,
        max_connection: int | None = None,
        nbprocess: int | None = None,
        redirect_port: int | None = None,
        security_policy_type: Literal[
            "tls_cipher_policy_default",
            "tls_cipher_policy_1_0",
            "tls_cipher_policy_1_1",
            "tls_cipher_policy_1_2",
            "tls_cipher_policy_1_2_strict",
            "tls_cipher_policy_1_2_strict_with_1_3",
        ]
        | None = None,
        session_idle_timeout: int | None = None,
        session_persistence: Literal["disable", "iphash", "insert", "rewrite"] | None = None,
        status_code: Literal[301, 302, 303, 307, 308] | None = None,
        tcp_proxy_protocol: str | None = None,
        unhealthy_threshold: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeLoadBalancerListenerResult:
        """修改负载均衡监听器参数 (ChangeLoadBalancerListener).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            acl_status: 访问控制状态 (since 3.9.0; enum {'enable', 'disable'})
            balancer_algorithm: 负载均衡算法 (since 4.6.0; enum {'weightroundrobin', 'roundrobin', 'leastconn', 'source'})
            connection_idle_timeout: 空闲连接超时 (since 4.6.0; minimum 0; maximum 2147483647)
            cookie_name: Cookie名称 (since 4.6.0; maxLength 20; pattern ^(?:[A-Za-z0-9_-]+)$)
            health_check_http_code: 健康检查期望的成功返回码 (since 3.9.0; maxLength 80)
            health_check_interval: 健康检查间隔 (since 4.6.0; minimum 1; maximum 2147483647)
            health_check_method: 健康检查方法 (since 3.9.0; enum {'GET', 'HEAD'})
            health_check_protocol: 负载均衡健康检查协议 (since 3.9.0; enum {'tcp', 'udp', 'http'})
            health_check_target: 健康检查端口 (since 4.6.0)
            health_check_uri: 健康检查的URI (since 3.9.0; maxLength 80; pattern ^(?:^/[A-Za-z0-9-/.%?#&]*)$)
            healthy_threshold: 健康检查阈值 (since 4.6.0; minimum 1; maximum 2147483647)
            http_compress_algos: http压缩算法 (since 5.0.0)
            http_mode: 负载均衡HTTP模式 (since 4.1.0; enum {'http-keep-alive', 'http-server-close', 'http-tunnel', 'httpclose', 'forceclose'})
            http_redirect_https: http重定向https (since 4.7.21; enum {'disable', 'enable'})
            http_versions: 负载均衡器前端网络http协议版本 (since 5.0.0)
            max_connection: 最大连接并发数 (since 4.6.0; minimum 0; maximum 10000000)
            nbprocess: 负载均衡进程数量 (since 4.1.0; minimum 1; maximum 64)
            redirect_port: 重定向端口 (since 4.7.21; minimum 1; maximum 65535)
            security_policy_type: TLS安全策略 (since 4.1.0; enum {'tls_cipher_policy_default', 'tls_cipher_policy_1_0', 'tls_cipher_policy_1_1', 'tls_cipher_policy_1_2', 'tls_cipher_policy_1_2_strict', 'tls_cipher_policy_1_2_strict_with_1_3'})
            session_idle_timeout: 会话保持超时时间 (since 4.6.0; minimum 30; maximum 3600)
            session_persistence: 会话保持模式 (since 4.6.0; enum {'disable', 'iphash', 'insert', 'rewrite'})
            status_code: 重定向状态码 (since 4.7.21; enum {301, 302, 303, 307, 308})
            tcp_proxy_protocol: tcp proxy_protocol协议 (since 5.0.0)
            unhealthy_threshold: 非健康检查阈值 (since 4.6.0; minimum 1; maximum 2147483647)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "aclStatus": acl_status,
                "balancerAlgorithm": balancer_algorithm,
                "connectionIdleTimeout": connection_idle_timeout,
                "cookieName": cookie_name,
                "healthCheckHttpCode": health_check_http_code,
                "healthCheckInterval": health_check_interval,
                "healthCheckMethod": health_check_method,
                "healthCheckProtocol": health_check_protocol,
                "healthCheckTarget": health_check_target,
                "healthCheckURI": health_check_uri,
                "healthyThreshold": healthy_threshold,
                "httpCompressAlgos": http_compress_algos,
                "httpMode": http_mode,
                "httpRedirectHttps": http_redirect_https,
                "httpVersions": http_versions,
                "maxConnection": max_connection,
                "nbprocess": nbprocess,
                "redirectPort": redirect_port,
                "securityPolicyType": security_policy_type,
                "sessionIdleTimeout": session_idle_timeout,
                "sessionPersistence": session_persistence,
                "statusCode": status_code,
                "tcpProxyProtocol": tcp_proxy_protocol,
                "unhealthyThreshold": unhealthy_threshold,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_slb_group_deploy_type(
        self,
        *,
        slb_group_uuid: str,
        deploy_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSlbGroupDeployTypeResult:
        """修改SLB集群部署方式 (ChangeSlbGroupDeployType).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            slb_group_uuid: slbGroupUuid (since 5.1.0)
            deploy_type: deployType (since 5.1.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SLB_GROUP_DEPLOY_TYPE,
            {
                "slbGroupUuid": slb_group_uuid,
                "deployType": deploy_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_slb_group_monitor_ips(
        self,
        *,
        slb_group_uuid: str,
        deploy_type: Sequence[Any],
        monitor_ips: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSlbGroupMonitorIpsResult:
        """修改SLB集群健康监控IP (ChangeSlbGroupMonitorIps).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            slb_group_uuid: slbGroupUuid (since 5.1.0)
            deploy_type: deployType (since 5.1.0)
            monitor_ips: monitorIps
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_SLB_GROUP_MONITOR_IPS,
            {
                "slbGroupUuid": slb_group_uuid,
                "deployType": deploy_type,
                "monitorIps": monitor_ips,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_access_control_list(
        self,
        *,
        name: str,
        description: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAccessControlListResult:
        """创建访问控制策略组 (CreateAccessControlList).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.9.0; maxLength 2048)
            ip_version: IP协议版本 (since 3.9.0; enum {4, 6})
            name: 资源名称 (since 3.9.0; maxLength 255)
            resource_uuid: 资源UUID (since 3.9.0)
            tag_uuids: 标签UUID列表 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_ACCESS_CONTROL_LIST,
            {
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_certificate(
        self,
        *,
        certificate: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCertificateResult:
        """创建证书 (CreateCertificate).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            certificate: certificate (since 2.3.2; maxLength 60000)
            description: 资源的详细描述 (since 2.3.2; maxLength 2048)
            name: 资源名称 (since 2.3.2; maxLength 255)
            resource_uuid: resourceUuid (since 2.3.2)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_CERTIFICATE,
            {
                "certificate": certificate,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_load_balancer(
        self,
        *,
        name: str,
        description: str | None = None,
        ipv6_vip_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        vip_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerResult:
        """创建负载均衡器 (CreateLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            ipv6_vip_uuid: ipv6VipUuid
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            type: type
            vip_uuid: VIP UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_LOAD_BALANCER,
            {
                "description": description,
                "ipv6VipUuid": ipv6_vip_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_load_balancer_listener(
        self,
        *,
        load_balancer_uuid: str,
        load_balancer_port: int,
        name: str,
        acl_status: Literal["enable", "disable"] | None = None,
        acl_type: Literal["white", "black"] | None = None,
        acl_uuids: Sequence[str] | None = None,
        certificate_uuid: str | None = None,
        description: str | None = None,
        health_check_http_code: str | None = None,
        health_check_method: Literal["GET", "HEAD"] | None = None,
        health_check_protocol: Literal["tcp", "udp", "http"] | None = None,
        health_check_uri: str | None = None,
        http_compress_algos: Sequence[str] | None = None,
        http_versions: Sequence[str] | None = None,
        instance_port: int | None = None,
        protocol: Literal["udp", "tcp", "http", "https"] | None = None,
        resource_uuid: str | None = None,
        security_policy_type: Literal[
            "tls_cipher_policy_default",
            "tls_cipher_policy_1_0",
            "tls_cipher_policy_1_1",
            "tls_cipher_policy_1_2",
            "tls_cipher_policy_1_2_strict",
            "tls_cipher_policy_1_2_strict_with_1_3",
        ]
        | None = None,
        tag_uuids: Sequence[str] | None = None,
        tcp_proxy_protocol: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerListenerResult:
        """创建负载均衡监听器 (CreateLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 0.6)
            acl_status: 访问控制策略状态 (since 3.9.0; enum {'enable', 'disable'})
            acl_type: 访问控制策略类型 (since 3.9.0; enum {'white', 'black'})
            acl_uuids: 访问控制策略组 (since 3.9.0)
            certificate_uuid: certificateUuid (since 2.3.2)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            health_check_http_code: 健康检查期望的返回码 (since 3.9.0; maxLength 80)
            health_check_method: 健康检查方法 (since 3.9.0; enum {'GET', 'HEAD'})
            health_check_protocol: 健康检查协议 (since 3.9.0; enum {'tcp', 'udp', 'http'})
            health_check_uri: 健康检查的URI (since 3.9.0; maxLength 80; pattern ^(?:^/[A-Za-z0-9-/.%?#&]*)$)
            http_compress_algos: http压缩算法 (since 5.0.0)
            http_versions: 负载均衡器前端网络http协议版本 (since 5.0.0)
            instance_port: 云主机端口 (since 0.6; minimum 1; maximum 65535)
            load_balancer_port: 负载均衡器端口 (since 0.6; minimum 1; maximum 65535)
            name: 资源名称 (since 0.6; maxLength 255)
            protocol: 协议 (since 3.0.0; maxLength 255; enum {'udp', 'tcp', 'http', 'https'})
            resource_uuid: 资源UUID (since 0.6)
            security_policy_type: TLS安全策略 (since 5.0.0; enum {'tls_cipher_policy_default', 'tls_cipher_policy_1_0', 'tls_cipher_policy_1_1', 'tls_cipher_policy_1_2', 'tls_cipher_policy_1_2_strict', 'tls_cipher_policy_1_2_strict_with_1_3'})
            tag_uuids: 标签UUID列表 (since 0.6)
            tcp_proxy_protocol: tcp proxy_protocol协议 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_LOAD_BALANCER_LISTENER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "aclStatus": acl_status,
                "aclType": acl_type,
                "aclUuids": acl_uuids,
                "certificateUuid": certificate_uuid,
                "description": description,
                "healthCheckHttpCode": health_check_http_code,
                "healthCheckMethod": health_check_method,
                "healthCheckProtocol": health_check_protocol,
                "healthCheckURI": health_check_uri,
                "httpCompressAlgos": http_compress_algos,
                "httpVersions": http_versions,
                "instancePort": instance_port,
                "loadBalancerPort": load_balancer_port,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "securityPolicyType": security_policy_type,
                "tagUuids": tag_uuids,
                "tcpProxyProtocol": tcp_proxy_protocol,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_load_balancer_server_group(
        self,
        *,
        load_balancer_uuid: str,
        name: str,
        description: str | None = None,
        ip_version: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerServerGroupResult:
        """创建负载均衡器服务器组 (CreateLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            ip_version: IP版本 (since 5.1.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_LOAD_BALANCER_SERVER_GROUP,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_slb_group(
        self,
        *,
        front_end_l3_network_uuid: str,
        name: str,
        slb_offering_uuid: str,
        backend_l3_network_uuids: Sequence[str] | None = None,
        backend_type: Literal["VYOS"] | None = None,
        deploy_type: Literal["NoHA", "HA"] | None = None,
        description: str | None = None,
        monitor_ips: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSlbGroupResult:
        """创建SLB集群 (CreateSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backend_l3_network_uuids: 后端所属网络uuid (since 4.0.0; minItems 1)
            backend_type: 后端类型 (since 4.0.0; enum {'VYOS'})
            deploy_type: 部署类型 (since 4.0.0; enum {'NoHA', 'HA'})
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            front_end_l3_network_uuid: 前端网络uuid (since 4.0.0; minLength 1)
            monitor_ips: 监控IP (since 5.1.0; minItems 1)
            name: 资源名称 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            slb_offering_uuid: 高性能实例规格uuid (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SLB_GROUP,
            {
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "backendType": backend_type,
                "deployType": deploy_type,
                "description": description,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "monitorIps": monitor_ips,
                "name": name,
                "resourceUuid": resource_uuid,
                "slbOfferingUuid": slb_offering_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_slb_instance(
        self,
        *,
        name: str,
        slb_group_uuid: str,
        cluster_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSlbInstanceResult:
        """创建高性能负载均衡器实例 (CreateSlbInstance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            host_uuid: 物理机UUID (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            primary_storage_uuid_for_root_volume: primaryStorageUuidForRootVolume (since 5.5.0)
            resource_uuid: 资源UUID (since 4.0.0)
            root_volume_system_tags: rootVolumeSystemTags (since 5.5.0)
            slb_group_uuid: 性能独享型负载均衡器组UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SLB_INSTANCE,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "slbGroupUuid": slb_group_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def create_slb_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSlbOfferingResult:
        """创建高性能实例性负载均衡器规格 (CreateSlbOffering).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: allocatorStrategy (since 4.0.0)
            cpu_num: cpuNum (since 4.0.0; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            image_uuid: 镜像UUID (since 4.0.0)
            management_network_uuid: 管理网络uuid (since 4.0.0)
            memory_size: memorySize (since 4.0.0; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 4.0.0; maxLength 255)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 4.0.0)
            sort_key: sortKey (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            type: type (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_SLB_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_access_control_list(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccessControlListResult:
        """删除访问控制策略组 (DeleteAccessControlList).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_ACCESS_CONTROL_LIST,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_certificate(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCertificateResult:
        """删除证书 (DeleteCertificate).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3.2)
            delete_mode: deleteMode (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_CERTIFICATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_load_balancer(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerResult:
        """删除负载均衡器 (DeleteLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LOAD_BALANCER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_load_balancer_listener(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerListenerResult:
        """删除负载均衡监听器 (DeleteLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_load_balancer_server_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerServerGroupResult:
        """删除负载均衡器服务器组 (DeleteLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 服务器组uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_LOAD_BALANCER_SERVER_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_slb_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSlbGroupResult:
        """删除性能独享型负载均衡器组 (DeleteSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_SLB_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_l3_networks_for_load_balancer(
        self,
        *,
        listener_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForLoadBalancerResult:
        """获取监听器可加载L3网络 (GetCandidateL3NetworksForLoadBalancer).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            listener_uuid: listenerUuid (since 3.9.0)
            limit: limit (since 3.9.0)
            start: start (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_l3_networks_for_server_group(
        self,
        *,
        server_group_uuid: str | None = None,
        load_balancer_uuid: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForServerGroupResult:
        """Get candidate L3 networks for server group (GetCandidateL3NetworksForServerGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateL3NetworksForServerGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            server_group_uuid: serverGroupUuid
            load_balancer_uuid: loadBalancerUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "loadBalancerUuid": load_balancer_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_vm_nics_for_load_balancer(
        self,
        *,
        listener_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForLoadBalancerResult:
        """获取云主机网卡 (GetCandidateVmNicsForLoadBalancer).

        获取可供负载均衡器添加的云主机网卡。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_candidate_vm_nics_for_load_balancer_server_group(
        self,
        *,
        servergroup_uuid: str | None = None,
        load_balancer_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        ip_version: Literal[4, 6] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForLoadBalancerServerGroupResult:
        """获取可供负载均衡器服务器组添加的云主机网卡 (GetCandidateVmNicsForLoadBalancerServerGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            servergroup_uuid: servergroupUuid (since 4.0.0)
            load_balancer_uuid: 负载均衡器UUID (since 4.0.0)
            ip_version: ipVersion (since 5.1.0; enum {4, 6})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER_SERVER_GROUP,
            {
                "servergroupUuid": servergroup_uuid,
                "loadBalancerUuid": load_balancer_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "ipVersion": ip_version,
            },
            job_uuid,
        )

    def get_load_balancer_listener_acl_entries(
        self,
        *,
        listener_uuids: Sequence[str] | None = None,
        type: Literal["RedirectRule", "IpEntry"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoadBalancerListenerACLEntriesResult:
        """获取负载均衡监听器访问控制策略条目 (GetLoadBalancerListenerACLEntries).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            listener_uuids: listenerUuids (since 4.1.0)
            type: type (since 4.1.0; enum {'RedirectRule', 'IpEntry'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LOAD_BALANCER_LISTENER_ACL_ENTRIES,
            {
                "listenerUuids": listener_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_load_balancer_owner(
        self,
        *,
        load_balancer_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoadBalancerOwnerResult:
        """获取负载均衡所属资源 (GetLoadBalancerOwner).

        Since ZStack 5.1.0. Synchronous (a 202 is still followed).

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_LOAD_BALANCER_OWNER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def provision_slb_instance(
        self,
        *,
        uuid: str,
        slb_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionSlbInstanceResult:
        """配置负载均衡实例 (ProvisionSlbInstance).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: uuid
            slb_instance_uuid: slbInstanceUuid (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            PROVISION_SLB_INSTANCE,
            {
                "uuid": uuid,
                "slbInstanceUuid": slb_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_access_control_list(
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
    ) -> QueryAccessControlListResult:
        """查询访问控制策略组 (QueryAccessControlList).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ACCESS_CONTROL_LIST,
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

    def query_access_control_list_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AccessControlListInventory]:
        """Every result of ``query_access_control_list``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCESS_CONTROL_LIST,
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

    def query_certificate(
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
    ) -> QueryCertificateResult:
        """查询证书 (QueryCertificate).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_CERTIFICATE,
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

    def query_certificate_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[CertificateInventory]:
        """Every result of ``query_certificate``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CERTIFICATE,
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

    def query_load_balancer(
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
    ) -> QueryLoadBalancerResult:
        """查询负载均衡器 (QueryLoadBalancer).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOAD_BALANCER,
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

    def query_load_balancer_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LoadBalancerInventory]:
        """Every result of ``query_load_balancer``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER,
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

    def query_load_balancer_listener(
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
    ) -> QueryLoadBalancerListenerResult:
        """查询负载均衡监听器 (QueryLoadBalancerListener).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOAD_BALANCER_LISTENER,
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

    def query_load_balancer_listener_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LoadBalancerListenerInventory]:
        """Every result of ``query_load_balancer_listener``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER_LISTENER,
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

    def query_load_balancer_server_group(
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
    ) -> QueryLoadBalancerServerGroupResult:
        """查询负载均衡器服务器组 (QueryLoadBalancerServerGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_LOAD_BALANCER_SERVER_GROUP,
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

    def query_load_balancer_server_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[LoadBalancerServerGroupInventory]:
        """Every result of ``query_load_balancer_server_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER_SERVER_GROUP,
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

    def query_slb_group(
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
    ) -> QuerySlbGroupResult:
        """查询性能独享型负载均衡器组 (QuerySlbGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SLB_GROUP,
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

    def query_slb_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SlbGroupInventory]:
        """Every result of ``query_slb_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_GROUP,
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

    def query_slb_offering(
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
    ) -> QuerySlbOfferingResult:
        """查询性能独享型负载均衡器规格 (QuerySlbOffering).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SLB_OFFERING,
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

    def query_slb_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SlbOfferingInventory]:
        """Every result of ``query_slb_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_OFFERING,
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

    def query_slb_vm_instance(
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
    ) -> QuerySlbVmInstanceResult:
        """查询SLB实例 (QuerySlbVmInstance).

        Since ZStack 5.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_SLB_VM_INSTANCE,
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

    def query_slb_vm_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[SlbVmInstanceInventory]:
        """Every result of ``query_slb_vm_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_VM_INSTANCE,
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

    def refresh_load_balancer(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshLoadBalancerResult:
        """刷新负载均衡器 (RefreshLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REFRESH_LOAD_BALANCER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_access_control_list_entry(
        self,
        *,
        acl_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAccessControlListEntryResult:
        """删除访问控制策略的IP组 (RemoveAccessControlListEntry).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 3.9.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ACCESS_CONTROL_LIST_ENTRY,
            {
                "aclUuid": acl_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_access_control_list_from_load_balancer(
        self,
        *,
        listener_uuid: str,
        acl_uuids: Sequence[str],
        server_group_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAccessControlListFromLoadBalancerResult:
        """删除监听器访问控制策略 (RemoveAccessControlListFromLoadBalancer).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器唯一标识 (since 3.9.0)
            acl_uuids: 访问控制策略组唯一标识 (since 3.9.0; minItems 1)
            server_group_uuids: serverGroupUuids (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_ACCESS_CONTROL_LIST_FROM_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "aclUuids": acl_uuids,
                "serverGroupUuids": server_group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_backend_server_from_server_group(
        self,
        *,
        server_group_uuid: str,
        server_ips: Sequence[str] | None = None,
        vm_nic_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveBackendServerFromServerGroupResult:
        """从服务器组移除后端服务器 (RemoveBackendServerFromServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: serverGroupUuid (since 4.0.0; minLength 1)
            server_ips: serverIps (since 4.0.0)
            vm_nic_uuids: vmNicUuids (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_BACKEND_SERVER_FROM_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "serverIps": server_ips,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_certificate_from_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        certificate_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveCertificateFromLoadBalancerListenerResult:
        """从负载均衡移除证书 (RemoveCertificateFromLoadBalancerListener).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: listenerUuid (since 2.3.2)
            certificate_uuid: certificateUuid (since 2.3.2; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_CERTIFICATE_FROM_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "certificateUuid": certificate_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_server_group_from_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        server_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveServerGroupFromLoadBalancerListenerResult:
        """从负载均衡监听器移除服务器组 (RemoveServerGroupFromLoadBalancerListener).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器uuid (since 4.0.0)
            server_group_uuid: 服务器组uuid (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_SERVER_GROUP_FROM_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "serverGroupUuid": server_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_vm_nic_from_load_balancer(
        self,
        *,
        listener_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmNicFromLoadBalancerResult:
        """从负载均衡器移除云主机网卡 (RemoveVmNicFromLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            vm_nic_uuids: 云主机网卡UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_VM_NIC_FROM_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_certificate(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCertificateResult:
        """更新证书信息 (UpdateCertificate).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_CERTIFICATE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_load_balancer(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerResult:
        """更新负载均衡器 (UpdateLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LOAD_BALANCER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_load_balancer_listener(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerListenerResult:
        """更新负载均衡监听器 (UpdateLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_load_balancer_server_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerServerGroupResult:
        """更新负载均衡器服务器组 (UpdateLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_LOAD_BALANCER_SERVER_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_slb_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        slb_offering_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSlbGroupResult:
        """更新性能独享型负载均衡器组 (UpdateSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; maxLength 255)
            slb_offering_uuid: 性能独享型负载均衡器规格 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_SLB_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "slbOfferingUuid": slb_offering_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncLoadBalancersApi(AsyncNamespace):
    """load-balancers: 55 APIs (AddAccessControlListEntry, AddAccessControlListRedirectRule, AddAccessControlListToLoadBalancer, ...). (asyncio)"""

    __slots__ = ()

    async def add_access_control_list_entry(
        self,
        *,
        acl_uuid: str,
        entries: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListEntryResult:
        """向访问控制策略组添加IP组 (AddAccessControlListEntry).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 3.9.0)
            description: 资源的详细描述 (since 3.9.0; maxLength 2048)
            entries: IP组 (since 3.9.0; maxLength 2048)
            resource_uuid: 资源UUID (since 3.9.0)
            tag_uuids: 标签UUID列表 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ACCESS_CONTROL_LIST_ENTRY,
            {
                "aclUuid": acl_uuid,
                "description": description,
                "entries": entries,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_access_control_list_redirect_rule(
        self,
        *,
        acl_uuid: str,
        description: str | None = None,
        domain: str | None = None,
        name: str | None = None,
        redirect_port: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        url: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListRedirectRuleResult:
        """向访问控制策略组添加转发规则 (AddAccessControlListRedirectRule).

        Since ZStack 4.1.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 4.1.3)
            description: 资源的详细描述 (since 4.1.3; maxLength 2048)
            domain: 域名说明: 对于参数domain和url，两者至少要设置一个 (since 4.1.3; maxLength 255)
            name: 资源名称 (since 4.1.3; maxLength 255)
            redirect_port: 转发端口 (since 5.5.0)
            resource_uuid: 资源UUID (since 4.1.3)
            tag_uuids: 标签UUID列表 (since 4.1.3)
            url: url说明: 如指定了domain且不指定url，该参数可传/ (since 4.1.3; maxLength 80)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ACCESS_CONTROL_LIST_REDIRECT_RULE,
            {
                "aclUuid": acl_uuid,
                "description": description,
                "domain": domain,
                "name": name,
                "redirectPort": redirect_port,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "url": url,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_access_control_list_to_load_balancer(
        self,
        *,
        listener_uuid: str,
        acl_type: Literal["white", "black", "redirect"],
        acl_uuids: Sequence[str],
        server_group_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddAccessControlListToLoadBalancerResult:
        """添加监听器的访问控制策略 (AddAccessControlListToLoadBalancer).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器唯一标识 (since 3.9.0)
            acl_type: 访问控制策略类型 (since 4.1.0; enum {'white', 'black', 'redirect'})
            acl_uuids: 访问控制策略组的唯一标识 (since 3.9.0; minItems 1)
            server_group_uuids: 负载均衡器服务器组uuid (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_ACCESS_CONTROL_LIST_TO_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "aclType": acl_type,
                "aclUuids": acl_uuids,
                "serverGroupUuids": server_group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_backend_server_to_server_group(
        self,
        *,
        server_group_uuid: str,
        servers: Sequence[Any] | None = None,
        vm_nics: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddBackendServerToServerGroupResult:
        """添加后端服务器到服务器组 (AddBackendServerToServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            servers: 后端服务器IP (since 4.0.0)
            vm_nics: 后端服务器网卡 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_BACKEND_SERVER_TO_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "servers": servers,
                "vmNics": vm_nics,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_certificate_to_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        certificate_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddCertificateToLoadBalancerListenerResult:
        """添加证书到负载均衡 (AddCertificateToLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: listenerUuid (since 2.3.2)
            certificate_uuid: certificateUuid (since 2.3.2; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_CERTIFICATE_TO_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "certificateUuid": certificate_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_server_group_to_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        server_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddServerGroupToLoadBalancerListenerResult:
        """添加服务器组到负载均衡监听器 (AddServerGroupToLoadBalancerListener).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡器监听器uuid (since 4.0.0)
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_SERVER_GROUP_TO_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "serverGroupUuid": server_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_vm_nic_to_load_balancer(
        self,
        *,
        listener_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddVmNicToLoadBalancerResult:
        """添加云主机网卡到负载均衡器 (AddVmNicToLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            vm_nic_uuids: 云主机网卡UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_VM_NIC_TO_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def attach_vip_to_load_balancer(
        self,
        *,
        load_balancer_uuid: str,
        vip_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AttachVipToLoadBalancerResult:
        """Attach vip to load balancer (AttachVipToLoadBalancer).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/AttachVipToLoadBalancerAction.java`.

        Release not dated. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            load_balancer_uuid: loadBalancerUuid
            vip_uuid: vipUuid (minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ATTACH_VIP_TO_LOAD_BALANCER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_access_control_list_redirect_rule(
        self,
        *,
        uuid: str,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessControlListRedirectRuleResult:
        """修改控制策略组转发规则名称 (ChangeAccessControlListRedirectRule).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.1.0)
            name: 转发规则名称 (since 4.1.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ACCESS_CONTROL_LIST_REDIRECT_RULE,
            {
                "uuid": uuid,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_access_control_list_server_group(
        self,
        *,
        acl_uuid: str,
        listener_uuid: str,
        server_group_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeAccessControlListServerGroupResult:
        """修改访问控制组绑定的后端服务器组 (ChangeAccessControlListServerGroup).

        Since ZStack 4.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 4.1.0)
            listener_uuid: 监听器唯一标识 (since 4.1.0)
            server_group_uuids: 负载均衡器服务器组uuid (since 4.1.0; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_ACCESS_CONTROL_LIST_SERVER_GROUP,
            {
                "aclUuid": acl_uuid,
                "listenerUuid": listener_uuid,
                "serverGroupUuids": server_group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_load_balancer_backend_server(
        self,
        *,
        server_group_uuid: str,
        servers: Sequence[Any] | None = None,
        vm_nics: Sequence[Any] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeLoadBalancerBackendServerResult:
        """更新负载均衡后端服务器参数 (ChangeLoadBalancerBackendServer).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: 负载均衡器服务器组uuid (since 4.0.0; minLength 1)
            servers: 后端服务器组网ip (since 4.0.0)
            vm_nics: 后端服务器组网卡 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_LOAD_BALANCER_BACKEND_SERVER,
            {
                "serverGroupUuid": server_group_uuid,
                "servers": servers,
                "vmNics": vm_nics,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_load_balancer_listener(
        self,
        *,
        uuid: str,
        acl_status: Literal["enable", "disable"] | None = None,
        balancer_algorithm: Literal["weightroundrobin", "roundrobin", "leastconn", "source"]
        | None = None,
        connection_idle_timeout: int | None = None,
        cookie_name: str | None = None,
        health_check_http_code: str | None = None,
        health_check_interval: int | None = None,
        health_check_method: Literal["GET", "HEAD"] | None = None,
        health_check_protocol: Literal["tcp", "udp", "http"] | None = None,
        health_check_target: str | None = None,
        health_check_uri: str | None = None,
        healthy_threshold: int | None = None,
        http_compress_algos: Sequence[str] | None = None,
        http_mode: Literal[
            "http-keep-alive", "http-server-close", "http-tunnel", "httpclose", "forceclose"
        ]
        | None = None,
        http_redirect_https: Literal["disable", "enable"] | None = None,
        http_versions: Sequence[str] | None = None,
        max_connection: int | None = None,
        nbprocess: int | None = None,
        redirect_port: int | None = None,
        security_policy_type: Literal[
            "tls_cipher_policy_default",
            "tls_cipher_policy_1_0",
            "tls_cipher_policy_1_1",
            "tls_cipher_policy_1_2",
            "tls_cipher_policy_1_2_strict",
            "tls_cipher_policy_1_2_strict_with_1_3",
        ]
        | None = None,
        session_idle_timeout: int | None = None,
        session_persistence: Literal["disable", "iphash", "insert", "rewrite"] | None = None,
        status_code: Literal[301, 302, 303, 307, 308] | None = None,
        tcp_proxy_protocol: str | None = None,
        unhealthy_threshold: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeLoadBalancerListenerResult:
        """修改负载均衡监听器参数 (ChangeLoadBalancerListener).

        Since ZStack 3.4.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.4.0)
            acl_status: 访问控制状态 (since 3.9.0; enum {'enable', 'disable'})
            balancer_algorithm: 负载均衡算法 (since 4.6.0; enum {'weightroundrobin', 'roundrobin', 'leastconn', 'source'})
            connection_idle_timeout: 空闲连接超时 (since 4.6.0; minimum 0; maximum 2147483647)
            cookie_name: Cookie名称 (since 4.6.0; maxLength 20; pattern ^(?:[A-Za-z0-9_-]+)$)
            health_check_http_code: 健康检查期望的成功返回码 (since 3.9.0; maxLength 80)
            health_check_interval: 健康检查间隔 (since 4.6.0; minimum 1; maximum 2147483647)
            health_check_method: 健康检查方法 (since 3.9.0; enum {'GET', 'HEAD'})
            health_check_protocol: 负载均衡健康检查协议 (since 3.9.0; enum {'tcp', 'udp', 'http'})
            health_check_target: 健康检查端口 (since 4.6.0)
            health_check_uri: 健康检查的URI (since 3.9.0; maxLength 80; pattern ^(?:^/[A-Za-z0-9-/.%?#&]*)$)
            healthy_threshold: 健康检查阈值 (since 4.6.0; minimum 1; maximum 2147483647)
            http_compress_algos: http压缩算法 (since 5.0.0)
            http_mode: 负载均衡HTTP模式 (since 4.1.0; enum {'http-keep-alive', 'http-server-close', 'http-tunnel', 'httpclose', 'forceclose'})
            http_redirect_https: http重定向https (since 4.7.21; enum {'disable', 'enable'})
            http_versions: 负载均衡器前端网络http协议版本 (since 5.0.0)
            max_connection: 最大连接并发数 (since 4.6.0; minimum 0; maximum 10000000)
            nbprocess: 负载均衡进程数量 (since 4.1.0; minimum 1; maximum 64)
            redirect_port: 重定向端口 (since 4.7.21; minimum 1; maximum 65535)
            security_policy_type: TLS安全策略 (since 4.1.0; enum {'tls_cipher_policy_default', 'tls_cipher_policy_1_0', 'tls_cipher_policy_1_1', 'tls_cipher_policy_1_2', 'tls_cipher_policy_1_2_strict', 'tls_cipher_policy_1_2_strict_with_1_3'})
            session_idle_timeout: 会话保持超时时间 (since 4.6.0; minimum 30; maximum 3600)
            session_persistence: 会话保持模式 (since 4.6.0; enum {'disable', 'iphash', 'insert', 'rewrite'})
            status_code: 重定向状态码 (since 4.7.21; enum {301, 302, 303, 307, 308})
            tcp_proxy_protocol: tcp proxy_protocol协议 (since 5.0.0)
            unhealthy_threshold: 非健康检查阈值 (since 4.6.0; minimum 1; maximum 2147483647)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "aclStatus": acl_status,
                "balancerAlgorithm": balancer_algorithm,
                "connectionIdleTimeout": connection_idle_timeout,
                "cookieName": cookie_name,
                "healthCheckHttpCode": health_check_http_code,
                "healthCheckInterval": health_check_interval,
                "healthCheckMethod": health_check_method,
                "healthCheckProtocol": health_check_protocol,
                "healthCheckTarget": health_check_target,
                "healthCheckURI": health_check_uri,
                "healthyThreshold": healthy_threshold,
                "httpCompressAlgos": http_compress_algos,
                "httpMode": http_mode,
                "httpRedirectHttps": http_redirect_https,
                "httpVersions": http_versions,
                "maxConnection": max_connection,
                "nbprocess": nbprocess,
                "redirectPort": redirect_port,
                "securityPolicyType": security_policy_type,
                "sessionIdleTimeout": session_idle_timeout,
                "sessionPersistence": session_persistence,
                "statusCode": status_code,
                "tcpProxyProtocol": tcp_proxy_protocol,
                "unhealthyThreshold": unhealthy_threshold,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_slb_group_deploy_type(
        self,
        *,
        slb_group_uuid: str,
        deploy_type: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSlbGroupDeployTypeResult:
        """修改SLB集群部署方式 (ChangeSlbGroupDeployType).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            slb_group_uuid: slbGroupUuid (since 5.1.0)
            deploy_type: deployType (since 5.1.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SLB_GROUP_DEPLOY_TYPE,
            {
                "slbGroupUuid": slb_group_uuid,
                "deployType": deploy_type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_slb_group_monitor_ips(
        self,
        *,
        slb_group_uuid: str,
        deploy_type: Sequence[Any],
        monitor_ips: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeSlbGroupMonitorIpsResult:
        """修改SLB集群健康监控IP (ChangeSlbGroupMonitorIps).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            slb_group_uuid: slbGroupUuid (since 5.1.0)
            deploy_type: deployType (since 5.1.0)
            monitor_ips: monitorIps
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_SLB_GROUP_MONITOR_IPS,
            {
                "slbGroupUuid": slb_group_uuid,
                "deployType": deploy_type,
                "monitorIps": monitor_ips,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_access_control_list(
        self,
        *,
        name: str,
        description: str | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateAccessControlListResult:
        """创建访问控制策略组 (CreateAccessControlList).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 3.9.0; maxLength 2048)
            ip_version: IP协议版本 (since 3.9.0; enum {4, 6})
            name: 资源名称 (since 3.9.0; maxLength 255)
            resource_uuid: 资源UUID (since 3.9.0)
            tag_uuids: 标签UUID列表 (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_ACCESS_CONTROL_LIST,
            {
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_certificate(
        self,
        *,
        certificate: str,
        name: str,
        description: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateCertificateResult:
        """创建证书 (CreateCertificate).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            certificate: certificate (since 2.3.2; maxLength 60000)
            description: 资源的详细描述 (since 2.3.2; maxLength 2048)
            name: 资源名称 (since 2.3.2; maxLength 255)
            resource_uuid: resourceUuid (since 2.3.2)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_CERTIFICATE,
            {
                "certificate": certificate,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_load_balancer(
        self,
        *,
        name: str,
        description: str | None = None,
        ipv6_vip_uuid: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        vip_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerResult:
        """创建负载均衡器 (CreateLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            ipv6_vip_uuid: ipv6VipUuid
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID (since 0.6)
            tag_uuids: tagUuids
            type: type
            vip_uuid: VIP UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_LOAD_BALANCER,
            {
                "description": description,
                "ipv6VipUuid": ipv6_vip_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "type": type,
                "vipUuid": vip_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_load_balancer_listener(
        self,
        *,
        load_balancer_uuid: str,
        load_balancer_port: int,
        name: str,
        acl_status: Literal["enable", "disable"] | None = None,
        acl_type: Literal["white", "black"] | None = None,
        acl_uuids: Sequence[str] | None = None,
        certificate_uuid: str | None = None,
        description: str | None = None,
        health_check_http_code: str | None = None,
        health_check_method: Literal["GET", "HEAD"] | None = None,
        health_check_protocol: Literal["tcp", "udp", "http"] | None = None,
        health_check_uri: str | None = None,
        http_compress_algos: Sequence[str] | None = None,
        http_versions: Sequence[str] | None = None,
        instance_port: int | None = None,
        protocol: Literal["udp", "tcp", "http", "https"] | None = None,
        resource_uuid: str | None = None,
        security_policy_type: Literal[
            "tls_cipher_policy_default",
            "tls_cipher_policy_1_0",
            "tls_cipher_policy_1_1",
            "tls_cipher_policy_1_2",
            "tls_cipher_policy_1_2_strict",
            "tls_cipher_policy_1_2_strict_with_1_3",
        ]
        | None = None,
        tag_uuids: Sequence[str] | None = None,
        tcp_proxy_protocol: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerListenerResult:
        """创建负载均衡监听器 (CreateLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 0.6)
            acl_status: 访问控制策略状态 (since 3.9.0; enum {'enable', 'disable'})
            acl_type: 访问控制策略类型 (since 3.9.0; enum {'white', 'black'})
            acl_uuids: 访问控制策略组 (since 3.9.0)
            certificate_uuid: certificateUuid (since 2.3.2)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            health_check_http_code: 健康检查期望的返回码 (since 3.9.0; maxLength 80)
            health_check_method: 健康检查方法 (since 3.9.0; enum {'GET', 'HEAD'})
            health_check_protocol: 健康检查协议 (since 3.9.0; enum {'tcp', 'udp', 'http'})
            health_check_uri: 健康检查的URI (since 3.9.0; maxLength 80; pattern ^(?:^/[A-Za-z0-9-/.%?#&]*)$)
            http_compress_algos: http压缩算法 (since 5.0.0)
            http_versions: 负载均衡器前端网络http协议版本 (since 5.0.0)
            instance_port: 云主机端口 (since 0.6; minimum 1; maximum 65535)
            load_balancer_port: 负载均衡器端口 (since 0.6; minimum 1; maximum 65535)
            name: 资源名称 (since 0.6; maxLength 255)
            protocol: 协议 (since 3.0.0; maxLength 255; enum {'udp', 'tcp', 'http', 'https'})
            resource_uuid: 资源UUID (since 0.6)
            security_policy_type: TLS安全策略 (since 5.0.0; enum {'tls_cipher_policy_default', 'tls_cipher_policy_1_0', 'tls_cipher_policy_1_1', 'tls_cipher_policy_1_2', 'tls_cipher_policy_1_2_strict', 'tls_cipher_policy_1_2_strict_with_1_3'})
            tag_uuids: 标签UUID列表 (since 0.6)
            tcp_proxy_protocol: tcp proxy_protocol协议 (since 5.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_LOAD_BALANCER_LISTENER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "aclStatus": acl_status,
                "aclType": acl_type,
                "aclUuids": acl_uuids,
                "certificateUuid": certificate_uuid,
                "description": description,
                "healthCheckHttpCode": health_check_http_code,
                "healthCheckMethod": health_check_method,
                "healthCheckProtocol": health_check_protocol,
                "healthCheckURI": health_check_uri,
                "httpCompressAlgos": http_compress_algos,
                "httpVersions": http_versions,
                "instancePort": instance_port,
                "loadBalancerPort": load_balancer_port,
                "name": name,
                "protocol": protocol,
                "resourceUuid": resource_uuid,
                "securityPolicyType": security_policy_type,
                "tagUuids": tag_uuids,
                "tcpProxyProtocol": tcp_proxy_protocol,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_load_balancer_server_group(
        self,
        *,
        load_balancer_uuid: str,
        name: str,
        description: str | None = None,
        ip_version: int | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateLoadBalancerServerGroupResult:
        """创建负载均衡器服务器组 (CreateLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            ip_version: IP版本 (since 5.1.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_LOAD_BALANCER_SERVER_GROUP,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "description": description,
                "ipVersion": ip_version,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_slb_group(
        self,
        *,
        front_end_l3_network_uuid: str,
        name: str,
        slb_offering_uuid: str,
        backend_l3_network_uuids: Sequence[str] | None = None,
        backend_type: Literal["VYOS"] | None = None,
        deploy_type: Literal["NoHA", "HA"] | None = None,
        description: str | None = None,
        monitor_ips: Sequence[str] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSlbGroupResult:
        """创建SLB集群 (CreateSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            backend_l3_network_uuids: 后端所属网络uuid (since 4.0.0; minItems 1)
            backend_type: 后端类型 (since 4.0.0; enum {'VYOS'})
            deploy_type: 部署类型 (since 4.0.0; enum {'NoHA', 'HA'})
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            front_end_l3_network_uuid: 前端网络uuid (since 4.0.0; minLength 1)
            monitor_ips: 监控IP (since 5.1.0; minItems 1)
            name: 资源名称 (since 4.0.0; maxLength 255)
            resource_uuid: 资源UUID (since 4.0.0)
            slb_offering_uuid: 高性能实例规格uuid (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SLB_GROUP,
            {
                "backendL3NetworkUuids": backend_l3_network_uuids,
                "backendType": backend_type,
                "deployType": deploy_type,
                "description": description,
                "frontEndL3NetworkUuid": front_end_l3_network_uuid,
                "monitorIps": monitor_ips,
                "name": name,
                "resourceUuid": resource_uuid,
                "slbOfferingUuid": slb_offering_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_slb_instance(
        self,
        *,
        name: str,
        slb_group_uuid: str,
        cluster_uuid: str | None = None,
        description: str | None = None,
        host_uuid: str | None = None,
        primary_storage_uuid_for_root_volume: str | None = None,
        resource_uuid: str | None = None,
        root_volume_system_tags: Sequence[str] | None = None,
        tag_uuids: Sequence[str] | None = None,
        zone_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSlbInstanceResult:
        """创建高性能负载均衡器实例 (CreateSlbInstance).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            cluster_uuid: 集群UUID (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            host_uuid: 物理机UUID (since 4.0.0)
            name: 资源名称 (since 4.0.0; maxLength 255)
            primary_storage_uuid_for_root_volume: primaryStorageUuidForRootVolume (since 5.5.0)
            resource_uuid: 资源UUID (since 4.0.0)
            root_volume_system_tags: rootVolumeSystemTags (since 5.5.0)
            slb_group_uuid: 性能独享型负载均衡器组UUID (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SLB_INSTANCE,
            {
                "clusterUuid": cluster_uuid,
                "description": description,
                "hostUuid": host_uuid,
                "name": name,
                "primaryStorageUuidForRootVolume": primary_storage_uuid_for_root_volume,
                "resourceUuid": resource_uuid,
                "rootVolumeSystemTags": root_volume_system_tags,
                "slbGroupUuid": slb_group_uuid,
                "tagUuids": tag_uuids,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def create_slb_offering(
        self,
        *,
        cpu_num: int,
        image_uuid: str,
        management_network_uuid: str,
        memory_size: int,
        name: str,
        zone_uuid: str,
        allocator_strategy: str | None = None,
        description: str | None = None,
        reserved_memory_size: int | None = None,
        resource_uuid: str | None = None,
        sort_key: int | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateSlbOfferingResult:
        """创建高性能实例性负载均衡器规格 (CreateSlbOffering).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            allocator_strategy: allocatorStrategy (since 4.0.0)
            cpu_num: cpuNum (since 4.0.0; minimum 1; maximum 1024)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            image_uuid: 镜像UUID (since 4.0.0)
            management_network_uuid: 管理网络uuid (since 4.0.0)
            memory_size: memorySize (since 4.0.0; minimum 1; maximum 9223372036854775807)
            name: 资源名称 (since 4.0.0; maxLength 255)
            reserved_memory_size: reservedMemorySize (minimum 0; maximum 9223372036854775807)
            resource_uuid: 资源UUID (since 4.0.0)
            sort_key: sortKey (since 4.0.0)
            tag_uuids: 标签UUID列表 (since 4.0.0)
            type: type (since 4.0.0)
            zone_uuid: 区域UUID (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_SLB_OFFERING,
            {
                "allocatorStrategy": allocator_strategy,
                "cpuNum": cpu_num,
                "description": description,
                "imageUuid": image_uuid,
                "managementNetworkUuid": management_network_uuid,
                "memorySize": memory_size,
                "name": name,
                "reservedMemorySize": reserved_memory_size,
                "resourceUuid": resource_uuid,
                "sortKey": sort_key,
                "tagUuids": tag_uuids,
                "type": type,
                "zoneUuid": zone_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_access_control_list(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteAccessControlListResult:
        """删除访问控制策略组 (DeleteAccessControlList).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_ACCESS_CONTROL_LIST,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_certificate(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteCertificateResult:
        """删除证书 (DeleteCertificate).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 2.3.2)
            delete_mode: deleteMode (since 2.3.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_CERTIFICATE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_load_balancer(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerResult:
        """删除负载均衡器 (DeleteLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LOAD_BALANCER,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_load_balancer_listener(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerListenerResult:
        """删除负载均衡监听器 (DeleteLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_load_balancer_server_group(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteLoadBalancerServerGroupResult:
        """删除负载均衡器服务器组 (DeleteLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 服务器组uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_LOAD_BALANCER_SERVER_GROUP,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_slb_group(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteSlbGroupResult:
        """删除性能独享型负载均衡器组 (DeleteSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            delete_mode: 删除模式 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_SLB_GROUP,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_l3_networks_for_load_balancer(
        self,
        *,
        listener_uuid: str,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForLoadBalancerResult:
        """获取监听器可加载L3网络 (GetCandidateL3NetworksForLoadBalancer).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            listener_uuid: listenerUuid (since 3.9.0)
            limit: limit (since 3.9.0)
            start: start (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_l3_networks_for_server_group(
        self,
        *,
        server_group_uuid: str | None = None,
        load_balancer_uuid: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateL3NetworksForServerGroupResult:
        """Get candidate L3 networks for server group (GetCandidateL3NetworksForServerGroup).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetCandidateL3NetworksForServerGroupAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            server_group_uuid: serverGroupUuid
            load_balancer_uuid: loadBalancerUuid
            limit: limit
            start: start
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_L3_NETWORKS_FOR_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "loadBalancerUuid": load_balancer_uuid,
                "limit": limit,
                "start": start,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_vm_nics_for_load_balancer(
        self,
        *,
        listener_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForLoadBalancerResult:
        """获取云主机网卡 (GetCandidateVmNicsForLoadBalancer).

        获取可供负载均衡器添加的云主机网卡。

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_candidate_vm_nics_for_load_balancer_server_group(
        self,
        *,
        servergroup_uuid: str | None = None,
        load_balancer_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        ip_version: Literal[4, 6] | None = None,
        job_uuid: str | None = None,
    ) -> GetCandidateVmNicsForLoadBalancerServerGroupResult:
        """获取可供负载均衡器服务器组添加的云主机网卡 (GetCandidateVmNicsForLoadBalancerServerGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            servergroup_uuid: servergroupUuid (since 4.0.0)
            load_balancer_uuid: 负载均衡器UUID (since 4.0.0)
            ip_version: ipVersion (since 5.1.0; enum {4, 6})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_CANDIDATE_VM_NICS_FOR_LOAD_BALANCER_SERVER_GROUP,
            {
                "servergroupUuid": servergroup_uuid,
                "loadBalancerUuid": load_balancer_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
                "ipVersion": ip_version,
            },
            job_uuid,
        )

    async def get_load_balancer_listener_acl_entries(
        self,
        *,
        listener_uuids: Sequence[str] | None = None,
        type: Literal["RedirectRule", "IpEntry"] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoadBalancerListenerACLEntriesResult:
        """获取负载均衡监听器访问控制策略条目 (GetLoadBalancerListenerACLEntries).

        Since ZStack 4.1.0. Synchronous (a 202 is still followed).

        Args:
            listener_uuids: listenerUuids (since 4.1.0)
            type: type (since 4.1.0; enum {'RedirectRule', 'IpEntry'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LOAD_BALANCER_LISTENER_ACL_ENTRIES,
            {
                "listenerUuids": listener_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_load_balancer_owner(
        self,
        *,
        load_balancer_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetLoadBalancerOwnerResult:
        """获取负载均衡所属资源 (GetLoadBalancerOwner).

        Since ZStack 5.1.0. Synchronous (a 202 is still followed).

        Args:
            load_balancer_uuid: 负载均衡器UUID (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_LOAD_BALANCER_OWNER,
            {
                "loadBalancerUuid": load_balancer_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def provision_slb_instance(
        self,
        *,
        uuid: str,
        slb_instance_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ProvisionSlbInstanceResult:
        """配置负载均衡实例 (ProvisionSlbInstance).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: uuid
            slb_instance_uuid: slbInstanceUuid (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            PROVISION_SLB_INSTANCE,
            {
                "uuid": uuid,
                "slbInstanceUuid": slb_instance_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_access_control_list(
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
    ) -> QueryAccessControlListResult:
        """查询访问控制策略组 (QueryAccessControlList).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ACCESS_CONTROL_LIST,
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

    def query_access_control_list_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AccessControlListInventory]:
        """Every result of ``query_access_control_list``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ACCESS_CONTROL_LIST,
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

    async def query_certificate(
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
    ) -> QueryCertificateResult:
        """查询证书 (QueryCertificate).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_CERTIFICATE,
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

    def query_certificate_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[CertificateInventory]:
        """Every result of ``query_certificate``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_CERTIFICATE,
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

    async def query_load_balancer(
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
    ) -> QueryLoadBalancerResult:
        """查询负载均衡器 (QueryLoadBalancer).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOAD_BALANCER,
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

    def query_load_balancer_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LoadBalancerInventory]:
        """Every result of ``query_load_balancer``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER,
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

    async def query_load_balancer_listener(
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
    ) -> QueryLoadBalancerListenerResult:
        """查询负载均衡监听器 (QueryLoadBalancerListener).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOAD_BALANCER_LISTENER,
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

    def query_load_balancer_listener_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LoadBalancerListenerInventory]:
        """Every result of ``query_load_balancer_listener``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER_LISTENER,
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

    async def query_load_balancer_server_group(
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
    ) -> QueryLoadBalancerServerGroupResult:
        """查询负载均衡器服务器组 (QueryLoadBalancerServerGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_LOAD_BALANCER_SERVER_GROUP,
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

    def query_load_balancer_server_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[LoadBalancerServerGroupInventory]:
        """Every result of ``query_load_balancer_server_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_LOAD_BALANCER_SERVER_GROUP,
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

    async def query_slb_group(
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
    ) -> QuerySlbGroupResult:
        """查询性能独享型负载均衡器组 (QuerySlbGroup).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SLB_GROUP,
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

    def query_slb_group_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SlbGroupInventory]:
        """Every result of ``query_slb_group``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_GROUP,
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

    async def query_slb_offering(
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
    ) -> QuerySlbOfferingResult:
        """查询性能独享型负载均衡器规格 (QuerySlbOffering).

        Since ZStack 4.0.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SLB_OFFERING,
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

    def query_slb_offering_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SlbOfferingInventory]:
        """Every result of ``query_slb_offering``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_OFFERING,
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

    async def query_slb_vm_instance(
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
    ) -> QuerySlbVmInstanceResult:
        """查询SLB实例 (QuerySlbVmInstance).

        Since ZStack 5.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_SLB_VM_INSTANCE,
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

    def query_slb_vm_instance_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[SlbVmInstanceInventory]:
        """Every result of ``query_slb_vm_instance``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_SLB_VM_INSTANCE,
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

    async def refresh_load_balancer(
        self,
        *,
        uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RefreshLoadBalancerResult:
        """刷新负载均衡器 (RefreshLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REFRESH_LOAD_BALANCER,
            {
                "uuid": uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_access_control_list_entry(
        self,
        *,
        acl_uuid: str,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAccessControlListEntryResult:
        """删除访问控制策略的IP组 (RemoveAccessControlListEntry).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            acl_uuid: 访问控制策略组的唯一标识 (since 3.9.0)
            uuid: 资源的UUID，唯一标示该资源 (since 3.9.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ACCESS_CONTROL_LIST_ENTRY,
            {
                "aclUuid": acl_uuid,
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_access_control_list_from_load_balancer(
        self,
        *,
        listener_uuid: str,
        acl_uuids: Sequence[str],
        server_group_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveAccessControlListFromLoadBalancerResult:
        """删除监听器访问控制策略 (RemoveAccessControlListFromLoadBalancer).

        Since ZStack 3.9.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器唯一标识 (since 3.9.0)
            acl_uuids: 访问控制策略组唯一标识 (since 3.9.0; minItems 1)
            server_group_uuids: serverGroupUuids (since 4.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_ACCESS_CONTROL_LIST_FROM_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "aclUuids": acl_uuids,
                "serverGroupUuids": server_group_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_backend_server_from_server_group(
        self,
        *,
        server_group_uuid: str,
        server_ips: Sequence[str] | None = None,
        vm_nic_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveBackendServerFromServerGroupResult:
        """从服务器组移除后端服务器 (RemoveBackendServerFromServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            server_group_uuid: serverGroupUuid (since 4.0.0; minLength 1)
            server_ips: serverIps (since 4.0.0)
            vm_nic_uuids: vmNicUuids (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_BACKEND_SERVER_FROM_SERVER_GROUP,
            {
                "serverGroupUuid": server_group_uuid,
                "serverIps": server_ips,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_certificate_from_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        certificate_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveCertificateFromLoadBalancerListenerResult:
        """从负载均衡移除证书 (RemoveCertificateFromLoadBalancerListener).

        Since ZStack 2.3.2. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: listenerUuid (since 2.3.2)
            certificate_uuid: certificateUuid (since 2.3.2; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_CERTIFICATE_FROM_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "certificateUuid": certificate_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_server_group_from_load_balancer_listener(
        self,
        *,
        listener_uuid: str,
        server_group_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveServerGroupFromLoadBalancerListenerResult:
        """从负载均衡监听器移除服务器组 (RemoveServerGroupFromLoadBalancerListener).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 监听器uuid (since 4.0.0)
            server_group_uuid: 服务器组uuid (since 4.0.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_SERVER_GROUP_FROM_LOAD_BALANCER_LISTENER,
            {
                "listenerUuid": listener_uuid,
                "serverGroupUuid": server_group_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_vm_nic_from_load_balancer(
        self,
        *,
        listener_uuid: str,
        vm_nic_uuids: Sequence[str],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveVmNicFromLoadBalancerResult:
        """从负载均衡器移除云主机网卡 (RemoveVmNicFromLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            listener_uuid: 负载均衡监听器UUID (since 0.6)
            vm_nic_uuids: 云主机网卡UUID (since 0.6; minItems 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_VM_NIC_FROM_LOAD_BALANCER,
            {
                "listenerUuid": listener_uuid,
                "vmNicUuids": vm_nic_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_certificate(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateCertificateResult:
        """更新证书信息 (UpdateCertificate).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_CERTIFICATE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_load_balancer(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerResult:
        """更新负载均衡器 (UpdateLoadBalancer).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            resource_uuid: resourceUuid (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LOAD_BALANCER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_load_balancer_listener(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerListenerResult:
        """更新负载均衡监听器 (UpdateLoadBalancerListener).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 资源的详细描述 (since 0.6; maxLength 2048)
            name: 资源名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LOAD_BALANCER_LISTENER,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_load_balancer_server_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateLoadBalancerServerGroupResult:
        """更新负载均衡器服务器组 (UpdateLoadBalancerServerGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_LOAD_BALANCER_SERVER_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_slb_group(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        slb_offering_uuid: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateSlbGroupResult:
        """更新性能独享型负载均衡器组 (UpdateSlbGroup).

        Since ZStack 4.0.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 4.0.0)
            description: 资源的详细描述 (since 4.0.0; maxLength 2048)
            name: 资源名称 (since 4.0.0; maxLength 255)
            slb_offering_uuid: 性能独享型负载均衡器规格 (since 4.0.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_SLB_GROUP,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "slbOfferingUuid": slb_offering_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
