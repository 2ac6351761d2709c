"""``client.l3_networks``: 34 APIs (generated; do not edit)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

from .._base_client import Api, AsyncNamespace, SyncNamespace
from .._query import Condition, SortDirection, query_options

if TYPE_CHECKING:
    from ..models.add_dns_to_l3_network_result import AddDnsToL3NetworkResult
    from ..models.add_host_route_to_l3_network_result import AddHostRouteToL3NetworkResult
    from ..models.add_ip_range_by_network_cidr_result import AddIpRangeByNetworkCidrResult
    from ..models.add_ip_range_result import AddIpRangeResult
    from ..models.add_ipv6_range_by_network_cidr_result import AddIpv6RangeByNetworkCidrResult
    from ..models.add_ipv6_range_result import AddIpv6RangeResult
    from ..models.add_reserved_ip_range_result import AddReservedIpRangeResult
    from ..models.address_pool_inventory import AddressPoolInventory
    from ..models.change_l3_network_dhcp_ip_address_result import ChangeL3NetworkDhcpIpAddressResult
    from ..models.change_l3_network_state_result import ChangeL3NetworkStateResult
    from ..models.check_ip_availability_result import CheckIpAvailabilityResult
    from ..models.create_l3_network_result import CreateL3NetworkResult
    from ..models.delete_ip_address_result import DeleteIpAddressResult
    from ..models.delete_ip_range_result import DeleteIpRangeResult
    from ..models.delete_l3_network_result import DeleteL3NetworkResult
    from ..models.delete_reserved_ip_range_result import DeleteReservedIpRangeResult
    from ..models.get_free_ip_of_ip_range_result import GetFreeIpOfIpRangeResult
    from ..models.get_free_ip_of_l3_network_result import GetFreeIpOfL3NetworkResult
    from ..models.get_free_ip_result import GetFreeIpResult
    from ..models.get_ip_address_capacity_result import GetIpAddressCapacityResult
    from ..models.get_l3_network_dhcp_ip_address_result import GetL3NetworkDhcpIpAddressResult
    from ..models.get_l3_network_ip_statistic_result import GetL3NetworkIpStatisticResult
    from ..models.get_l3_network_mtu_result import GetL3NetworkMtuResult
    from ..models.get_l3_network_router_interface_ip_result import (
        GetL3NetworkRouterInterfaceIpResult,
    )
    from ..models.get_l3_network_types_result import GetL3NetworkTypesResult
    from ..models.ip_range_inventory import IpRangeInventory
    from ..models.l3_network_inventory import L3NetworkInventory
    from ..models.query_address_pool_result import QueryAddressPoolResult
    from ..models.query_ip_address_result import QueryIpAddressResult
    from ..models.query_ip_range_result import QueryIpRangeResult
    from ..models.query_l3_network_result import QueryL3NetworkResult
    from ..models.remove_dns_from_l3_network_result import RemoveDnsFromL3NetworkResult
    from ..models.remove_host_route_from_l3_network_result import RemoveHostRouteFromL3NetworkResult
    from ..models.set_l3_network_mtu_result import SetL3NetworkMtuResult
    from ..models.set_l3_network_router_interface_ip_result import (
        SetL3NetworkRouterInterfaceIpResult,
    )
    from ..models.update_ip_range_result import UpdateIpRangeResult
    from ..models.update_l3_network_result import UpdateL3NetworkResult
    from ..models.used_ip_inventory import UsedIpInventory

__all__ = ["AsyncL3NetworksApi", "L3NetworksApi"]


ADD_DNS_TO_L3_NETWORK: Api[AddDnsToL3NetworkResult] = Api(
    "AddDnsToL3Network",
    "POST",
    "/l3-networks/{l3NetworkUuid}/dns",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("dns", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("l3_network_uuid", "dns", "system_tags", "user_tags"),
    required=("l3NetworkUuid", "dns"),
    body_key="params",
    since="0.6",
    result=".models.add_dns_to_l3_network_result:AddDnsToL3NetworkResult",
)

ADD_HOST_ROUTE_TO_L3_NETWORK: Api[AddHostRouteToL3NetworkResult] = Api(
    "AddHostRouteToL3Network",
    "POST",
    "/l3-networks/{l3NetworkUuid}/hostroute",
    params=(
        ("l3NetworkUuid", "path", "2.3"),
        ("nexthop", "body", "2.3"),
        ("prefix", "body", "2.3"),
        ("systemTags", "root", "2.3"),
        ("userTags", "root", "2.3"),
    ),
    names=("l3_network_uuid", "nexthop", "prefix", "system_tags", "user_tags"),
    required=("l3NetworkUuid", "nexthop", "prefix"),
    body_key="params",
    since="2.3",
    result=".models.add_host_route_to_l3_network_result:AddHostRouteToL3NetworkResult",
)

ADD_IP_RANGE: Api[AddIpRangeResult] = Api(
    "AddIpRange",
    "POST",
    "/l3-networks/{l3NetworkUuid}/ip-ranges",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("endIp", "body", "0.6"),
        ("gateway", "body", "0.6"),
        ("ipRangeType", "body", "3.9.0"),
        ("name", "body", "0.6"),
        ("netmask", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("startIp", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "l3_network_uuid",
        "description",
        "end_ip",
        "gateway",
        "ip_range_type",
        "name",
        "netmask",
        "resource_uuid",
        "start_ip",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("l3NetworkUuid", "endIp", "name", "netmask", "startIp"),
    body_key="params",
    since="0.6",
    result=".models.add_ip_range_result:AddIpRangeResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("name", "name", "maxLength", 255),
    ),
)

ADD_IP_RANGE_BY_NETWORK_CIDR: Api[AddIpRangeByNetworkCidrResult] = Api(
    "AddIpRangeByNetworkCidr",
    "POST",
    "/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("gateway", "body", "3.7.0"),
        ("ipRangeType", "body", "3.9.0"),
        ("name", "body", "0.6"),
        ("networkCidr", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "l3_network_uuid",
        "description",
        "gateway",
        "ip_range_type",
        "name",
        "network_cidr",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("l3NetworkUuid", "name", "networkCidr"),
    body_key="params",
    since="0.6",
    result=".models.add_ip_range_by_network_cidr_result:AddIpRangeByNetworkCidrResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("gateway", "gateway", "maxLength", 64),
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("name", "name", "maxLength", 255),
    ),
)

ADD_IPV6_RANGE: Api[AddIpv6RangeResult] = Api(
    "AddIpv6Range",
    "POST",
    "/l3-networks/{l3NetworkUuid}/ipv6-ranges",
    params=(
        ("l3NetworkUuid", "path", "3.1.0"),
        ("addressMode", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("endIp", "body", "3.1.0"),
        ("gateway", "body", "3.1.0"),
        ("ipRangeType", "body", None),
        ("name", "body", "3.1.0"),
        ("prefixLen", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("startIp", "body", "3.1.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=(
        "l3_network_uuid",
        "address_mode",
        "description",
        "end_ip",
        "gateway",
        "ip_range_type",
        "name",
        "prefix_len",
        "resource_uuid",
        "start_ip",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("l3NetworkUuid", "addressMode", "endIp", "gateway", "name", "prefixLen", "startIp"),
    body_key="params",
    since="3.1.0",
    result=".models.add_ipv6_range_result:AddIpv6RangeResult",
    checks=(
        ("addressMode", "address_mode", "enum", ("SLAAC", "Stateful-DHCP", "Stateless-DHCP")),
        ("description", "description", "maxLength", 2048),
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("name", "name", "maxLength", 255),
        ("prefixLen", "prefix_len", "minimum", 8),
        ("prefixLen", "prefix_len", "maximum", 126),
    ),
)

ADD_IPV6_RANGE_BY_NETWORK_CIDR: Api[AddIpv6RangeByNetworkCidrResult] = Api(
    "AddIpv6RangeByNetworkCidr",
    "POST",
    "/l3-networks/{l3NetworkUuid}/ipv6-ranges/by-cidr",
    params=(
        ("l3NetworkUuid", "path", "3.1.0"),
        ("addressMode", "body", "3.1.0"),
        ("description", "body", "3.1.0"),
        ("ipRangeType", "body", None),
        ("name", "body", "3.1.0"),
        ("networkCidr", "body", "3.1.0"),
        ("resourceUuid", "body", "3.1.0"),
        ("tagUuids", "body", None),
        ("systemTags", "root", "3.1.0"),
        ("userTags", "root", "3.1.0"),
    ),
    names=(
        "l3_network_uuid",
        "address_mode",
        "description",
        "ip_range_type",
        "name",
        "network_cidr",
        "resource_uuid",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("l3NetworkUuid", "addressMode", "name", "networkCidr"),
    body_key="params",
    since="3.1.0",
    result=".models.add_ipv6_range_by_network_cidr_result:AddIpv6RangeByNetworkCidrResult",
    checks=(
        ("addressMode", "address_mode", "enum", ("SLAAC", "Stateful-DHCP", "Stateless-DHCP")),
        ("description", "description", "maxLength", 2048),
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("name", "name", "maxLength", 255),
    ),
)

ADD_RESERVED_IP_RANGE: Api[AddReservedIpRangeResult] = Api(
    "AddReservedIpRange",
    "POST",
    "/l3-networks/{l3NetworkUuid}/reserved-ip-ranges",
    params=(
        ("l3NetworkUuid", "path", "5.1.0"),
        ("endIp", "body", "5.1.0"),
        ("resourceUuid", "body", "5.1.0"),
        ("startIp", "body", "5.1.0"),
        ("tagUuids", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    names=(
        "l3_network_uuid",
        "end_ip",
        "resource_uuid",
        "start_ip",
        "tag_uuids",
        "system_tags",
        "user_tags",
    ),
    required=("l3NetworkUuid", "endIp", "startIp"),
    body_key="params",
    since="5.1.0",
    result=".models.add_reserved_ip_range_result:AddReservedIpRangeResult",
)

CHANGE_L3_NETWORK_DHCP_IP_ADDRESS: Api[ChangeL3NetworkDhcpIpAddressResult] = Api(
    "ChangeL3NetworkDhcpIpAddress",
    "PUT",
    "/l3-networks/{l3NetworkUuid}/dhcp-ip",
    params=(
        ("l3NetworkUuid", "path", "5.1.0"),
        ("dhcpServerIp", "body", "5.1.0"),
        ("dhcpv6ServerIp", "body", "5.1.0"),
        ("systemTags", "root", "5.1.0"),
        ("userTags", "root", "5.1.0"),
    ),
    names=("l3_network_uuid", "dhcp_server_ip", "dhcpv6_server_ip", "system_tags", "user_tags"),
    required=("l3NetworkUuid",),
    body_key="changeL3NetworkDhcpIpAddress",
    since="5.1.0",
    result=".models.change_l3_network_dhcp_ip_address_result:ChangeL3NetworkDhcpIpAddressResult",
    checks=(
        ("dhcpServerIp", "dhcp_server_ip", "minLength", 1),
        ("dhcpv6ServerIp", "dhcpv6_server_ip", "minLength", 1),
    ),
)

CHANGE_L3_NETWORK_STATE: Api[ChangeL3NetworkStateResult] = Api(
    "ChangeL3NetworkState",
    "PUT",
    "/l3-networks/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("stateEvent", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "state_event", "system_tags", "user_tags"),
    required=("uuid", "stateEvent"),
    body_key="changeL3NetworkState",
    since="0.6",
    result=".models.change_l3_network_state_result:ChangeL3NetworkStateResult",
    checks=(("stateEvent", "state_event", "enum", ("enable", "disable")),),
)

CHECK_IP_AVAILABILITY: Api[CheckIpAvailabilityResult] = Api(
    "CheckIpAvailability",
    "GET",
    "/l3-networks/{l3NetworkUuid}/ip/{ip}/availability",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("ip", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
        ("arpCheck", "query", "5.1.0"),
        ("ipRangeCheck", "query", "5.1.0"),
    ),
    names=("l3_network_uuid", "ip", "system_tags", "user_tags", "arp_check", "ip_range_check"),
    required=("l3NetworkUuid", "ip"),
    since="0.6",
    result=".models.check_ip_availability_result:CheckIpAvailabilityResult",
    checks=(("ip", "ip", "maxLength", 255),),
)

CREATE_L3_NETWORK: Api[CreateL3NetworkResult] = Api(
    "CreateL3Network",
    "POST",
    "/l3-networks",
    params=(
        ("category", "body", "2.2"),
        ("description", "body", "0.6"),
        ("dnsDomain", "body", "0.6"),
        ("enableIPAM", "body", "4.6.21"),
        ("ipVersion", "body", "4.6.21"),
        ("l2NetworkUuid", "body", "0.6"),
        ("name", "body", "0.6"),
        ("resourceUuid", "body", "0.6"),
        ("system", "body", "0.6"),
        ("tagUuids", "body", "4.6.21"),
        ("type", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "category",
        "description",
        "dns_domain",
        "enable_ipam",
        "ip_version",
        "l2_network_uuid",
        "name",
        "resource_uuid",
        "system",
        "tag_uuids",
        "type",
        "system_tags",
        "user_tags",
    ),
    required=("l2NetworkUuid", "name"),
    body_key="params",
    since="0.6",
    result=".models.create_l3_network_result:CreateL3NetworkResult",
    checks=(
        ("category", "category", "enum", ("Public", "Private", "System")),
        ("description", "description", "maxLength", 2048),
        ("ipVersion", "ip_version", "enum", (4, 6)),
        ("name", "name", "maxLength", 255),
    ),
)

DELETE_IP_ADDRESS: Api[DeleteIpAddressResult] = Api(
    "DeleteIpAddress",
    "DELETE",
    "/l3-networks/{l3NetworkUuid}/ip-address",
    params=(
        ("l3NetworkUuid", "path", "5.1.0"),
        ("usedIpUuids", "query", "5.1.0"),
        ("deleteMode", "query", "5.1.0"),
        ("systemTags", "query", "5.1.0"),
        ("userTags", "query", "5.1.0"),
    ),
    names=("l3_network_uuid", "used_ip_uuids", "delete_mode", "system_tags", "user_tags"),
    required=("l3NetworkUuid", "usedIpUuids"),
    since="5.1.0",
    result=".models.delete_ip_address_result:DeleteIpAddressResult",
)

DELETE_IP_RANGE: Api[DeleteIpRangeResult] = Api(
    "DeleteIpRange",
    "DELETE",
    "/l3-networks/ip-ranges/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_ip_range_result:DeleteIpRangeResult",
)

DELETE_L3_NETWORK: Api[DeleteL3NetworkResult] = Api(
    "DeleteL3Network",
    "DELETE",
    "/l3-networks/{uuid}",
    params=(
        ("uuid", "path", "0.6"),
        ("deleteMode", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="0.6",
    result=".models.delete_l3_network_result:DeleteL3NetworkResult",
)

DELETE_RESERVED_IP_RANGE: Api[DeleteReservedIpRangeResult] = Api(
    "DeleteReservedIpRange",
    "DELETE",
    "/l3-networks/reserved-ip-ranges/{uuid}",
    params=(
        ("uuid", "path", "5.1.0"),
        ("deleteMode", "query", "5.1.0"),
        ("systemTags", "query", "5.1.0"),
        ("userTags", "query", "5.1.0"),
    ),
    names=("uuid", "delete_mode", "system_tags", "user_tags"),
    required=("uuid",),
    since="5.1.0",
    result=".models.delete_reserved_ip_range_result:DeleteReservedIpRangeResult",
)

GET_FREE_IP: Api[GetFreeIpResult] = Api(
    "GetFreeIp",
    "GET",
    "/l3-networks/ip/free",
    params=(
        ("l3NetworkUuid", "query", "0.6"),
        ("ipRangeUuid", "query", "0.6"),
        ("start", "query", "0.6"),
        ("ipRangeType", "query", "3.9.0"),
        ("ipVersion", "query", "3.10.0"),
        ("limit", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=(
        "l3_network_uuid",
        "ip_range_uuid",
        "start",
        "ip_range_type",
        "ip_version",
        "limit",
        "system_tags",
        "user_tags",
    ),
    since="0.6",
    result=".models.get_free_ip_result:GetFreeIpResult",
    checks=(
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("ipVersion", "ip_version", "enum", (4, 6)),
    ),
)

GET_FREE_IP_OF_IP_RANGE: Api[GetFreeIpOfIpRangeResult] = Api(
    "GetFreeIpOfIpRange",
    "GET",
    "/l3-networks/ip-ranges/{ipRangeUuid}/ip/free",
    params=(
        ("ipRangeUuid", "path", None),
        ("l3NetworkUuid", "query", None),
        ("start", "query", None),
        ("ipRangeType", "query", None),
        ("ipVersion", "query", None),
        ("limit", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=(
        "ip_range_uuid",
        "l3_network_uuid",
        "start",
        "ip_range_type",
        "ip_version",
        "limit",
        "system_tags",
        "user_tags",
    ),
    required=("ipRangeUuid",),
    since=None,
    result=".models.get_free_ip_of_ip_range_result:GetFreeIpOfIpRangeResult",
    checks=(
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("ipVersion", "ip_version", "enum", (4, 6)),
    ),
)

GET_FREE_IP_OF_L3_NETWORK: Api[GetFreeIpOfL3NetworkResult] = Api(
    "GetFreeIpOfL3Network",
    "GET",
    "/l3-networks/{l3NetworkUuid}/ip/free",
    params=(
        ("l3NetworkUuid", "path", None),
        ("ipRangeUuid", "query", None),
        ("start", "query", None),
        ("ipRangeType", "query", None),
        ("ipVersion", "query", None),
        ("limit", "query", None),
        ("systemTags", "query", None),
        ("userTags", "query", None),
    ),
    names=(
        "l3_network_uuid",
        "ip_range_uuid",
        "start",
        "ip_range_type",
        "ip_version",
        "limit",
        "system_tags",
        "user_tags",
    ),
    required=("l3NetworkUuid",),
    since=None,
    result=".models.get_free_ip_of_l3_network_result:GetFreeIpOfL3NetworkResult",
    checks=(
        ("ipRangeType", "ip_range_type", "enum", ("Normal", "AddressPool")),
        ("ipVersion", "ip_version", "enum", (4, 6)),
    ),
)

GET_IP_ADDRESS_CAPACITY: Api[GetIpAddressCapacityResult] = Api(
    "GetIpAddressCapacity",
    "GET",
    "/ip-capacity",
    params=(
        ("zoneUuids", "query", "0.6"),
        ("l3NetworkUuids", "query", "0.6"),
        ("ipRangeUuids", "query", "0.6"),
        ("all", "query", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("zone_uuids", "l3_network_uuids", "ip_range_uuids", "all", "system_tags", "user_tags"),
    since="0.6",
    result=".models.get_ip_address_capacity_result:GetIpAddressCapacityResult",
)

GET_L3_NETWORK_DHCP_IP_ADDRESS: Api[GetL3NetworkDhcpIpAddressResult] = Api(
    "GetL3NetworkDhcpIpAddress",
    "GET",
    "/l3-networks/{l3NetworkUuid}/dhcp-ip",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("l3_network_uuid", "system_tags", "user_tags"),
    required=("l3NetworkUuid",),
    since="0.6",
    result=".models.get_l3_network_dhcp_ip_address_result:GetL3NetworkDhcpIpAddressResult",
)

GET_L3_NETWORK_IP_STATISTIC: Api[GetL3NetworkIpStatisticResult] = Api(
    "GetL3NetworkIpStatistic",
    "GET",
    "/l3-networks/{l3NetworkUuid}/ip-statistic",
    params=(
        ("l3NetworkUuid", "path", "3.7.0"),
        ("resourceType", "query", "3.7.0"),
        ("ip", "query", "3.7.0"),
        ("sortBy", "query", "3.7.0"),
        ("sortDirection", "query", "3.7.0"),
        ("start", "query", "3.7.0"),
        ("limit", "query", "3.7.0"),
        ("replyWithCount", "query", "3.7.0"),
        ("systemTags", "query", "3.7.0"),
        ("userTags", "query", "3.7.0"),
    ),
    names=(
        "l3_network_uuid",
        "resource_type",
        "ip",
        "sort_by",
        "sort_direction",
        "start",
        "limit",
        "reply_with_count",
        "system_tags",
        "user_tags",
    ),
    required=("l3NetworkUuid",),
    since="3.7.0",
    result=".models.get_l3_network_ip_statistic_result:GetL3NetworkIpStatisticResult",
    checks=(
        ("resourceType", "resource_type", "enum", ("All", "Vip", "VM")),
        ("sortBy", "sort_by", "enum", ("Ip", "CreateDate")),
        ("sortDirection", "sort_direction", "enum", ("asc", "desc")),
        ("start", "start", "minimum", 0),
        ("start", "start", "maximum", 2147483647),
        ("limit", "limit", "minimum", 0),
        ("limit", "limit", "maximum", 2147483647),
    ),
)

GET_L3_NETWORK_MTU: Api[GetL3NetworkMtuResult] = Api(
    "GetL3NetworkMtu",
    "GET",
    "/l3-networks/{l3NetworkUuid}/mtu",
    params=(
        ("l3NetworkUuid", "path", "2.1"),
        ("systemTags", "query", "2.1"),
        ("userTags", "query", "2.1"),
    ),
    names=("l3_network_uuid", "system_tags", "user_tags"),
    required=("l3NetworkUuid",),
    since="2.1",
    result=".models.get_l3_network_mtu_result:GetL3NetworkMtuResult",
)

GET_L3_NETWORK_ROUTER_INTERFACE_IP: Api[GetL3NetworkRouterInterfaceIpResult] = Api(
    "GetL3NetworkRouterInterfaceIp",
    "GET",
    "/l3-networks/{l3NetworkUuid}/router-interface-ip",
    params=(
        ("l3NetworkUuid", "path", "2.2"),
        ("systemTags", "query", "2.2"),
        ("userTags", "query", "2.2"),
    ),
    names=("l3_network_uuid", "system_tags", "user_tags"),
    required=("l3NetworkUuid",),
    since="2.2",
    result=".models.get_l3_network_router_interface_ip_result:GetL3NetworkRouterInterfaceIpResult",
)

GET_L3_NETWORK_TYPES: Api[GetL3NetworkTypesResult] = Api(
    "GetL3NetworkTypes",
    "GET",
    "/l3-networks/types",
    params=(
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("system_tags", "user_tags"),
    since="0.6",
    result=".models.get_l3_network_types_result:GetL3NetworkTypesResult",
)

QUERY_ADDRESS_POOL: Api[QueryAddressPoolResult] = Api(
    "QueryAddressPool",
    "GET",
    "/l3-networks/address-pools",
    params=(
        ("uuid", "path", "3.9.0"),
        ("systemTags", "query", "3.9.0"),
        ("userTags", "query", "3.9.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.9.0",
    result=".models.query_address_pool_result:QueryAddressPoolResult",
    query=True,
    alt_paths=("/l3-networks/address-pools/{uuid}",),
)

QUERY_IP_ADDRESS: Api[QueryIpAddressResult] = Api(
    "QueryIpAddress",
    "GET",
    "/l3-networks/ip-address",
    params=(
        ("uuid", "path", "3.1.0"),
        ("systemTags", "query", "3.1.0"),
        ("userTags", "query", "3.1.0"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="3.1.0",
    result=".models.query_ip_address_result:QueryIpAddressResult",
    query=True,
    alt_paths=("/l3-networks/ip-address{uuid}",),
)

QUERY_IP_RANGE: Api[QueryIpRangeResult] = Api(
    "QueryIpRange",
    "GET",
    "/l3-networks/ip-ranges",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_ip_range_result:QueryIpRangeResult",
    query=True,
    alt_paths=("/l3-networks/ip-ranges/{uuid}",),
)

QUERY_L3_NETWORK: Api[QueryL3NetworkResult] = Api(
    "QueryL3Network",
    "GET",
    "/l3-networks",
    params=(
        ("uuid", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("uuid", "system_tags", "user_tags"),
    since="0.6",
    result=".models.query_l3_network_result:QueryL3NetworkResult",
    query=True,
    alt_paths=("/l3-networks/{uuid}",),
)

REMOVE_DNS_FROM_L3_NETWORK: Api[RemoveDnsFromL3NetworkResult] = Api(
    "RemoveDnsFromL3Network",
    "DELETE",
    "/l3-networks/{l3NetworkUuid}/dns/{dns}",
    params=(
        ("l3NetworkUuid", "path", "0.6"),
        ("dns", "path", "0.6"),
        ("systemTags", "query", "0.6"),
        ("userTags", "query", "0.6"),
    ),
    names=("l3_network_uuid", "dns", "system_tags", "user_tags"),
    required=("l3NetworkUuid", "dns"),
    since="0.6",
    result=".models.remove_dns_from_l3_network_result:RemoveDnsFromL3NetworkResult",
)

REMOVE_HOST_ROUTE_FROM_L3_NETWORK: Api[RemoveHostRouteFromL3NetworkResult] = Api(
    "RemoveHostRouteFromL3Network",
    "DELETE",
    "/l3-networks/{l3NetworkUuid}/hostroute",
    params=(
        ("l3NetworkUuid", "path", "2.3"),
        ("prefix", "query", "2.3"),
        ("systemTags", "query", "2.3"),
        ("userTags", "query", "2.3"),
    ),
    names=("l3_network_uuid", "prefix", "system_tags", "user_tags"),
    required=("l3NetworkUuid", "prefix"),
    since="2.3",
    result=".models.remove_host_route_from_l3_network_result:RemoveHostRouteFromL3NetworkResult",
)

SET_L3_NETWORK_MTU: Api[SetL3NetworkMtuResult] = Api(
    "SetL3NetworkMtu",
    "POST",
    "/l3-networks/{l3NetworkUuid}/mtu",
    params=(
        ("l3NetworkUuid", "path", "2.1"),
        ("mtu", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("l3_network_uuid", "mtu", "system_tags", "user_tags"),
    required=("l3NetworkUuid", "mtu"),
    body_key="params",
    since="2.1",
    result=".models.set_l3_network_mtu_result:SetL3NetworkMtuResult",
    checks=(
        ("mtu", "mtu", "minimum", 68),
        ("mtu", "mtu", "maximum", 9216),
    ),
)

SET_L3_NETWORK_ROUTER_INTERFACE_IP: Api[SetL3NetworkRouterInterfaceIpResult] = Api(
    "SetL3NetworkRouterInterfaceIp",
    "POST",
    "/l3-networks/{l3NetworkUuid}/router-interface-ip",
    params=(
        ("l3NetworkUuid", "path", "2.1"),
        ("routerInterfaceIp", "body", "2.1"),
        ("systemTags", "root", "2.1"),
        ("userTags", "root", "2.1"),
    ),
    names=("l3_network_uuid", "router_interface_ip", "system_tags", "user_tags"),
    required=("l3NetworkUuid", "routerInterfaceIp"),
    body_key="params",
    since="2.1",
    result=".models.set_l3_network_router_interface_ip_result:SetL3NetworkRouterInterfaceIpResult",
)

UPDATE_IP_RANGE: Api[UpdateIpRangeResult] = Api(
    "UpdateIpRange",
    "PUT",
    "/l3-networks/ip-ranges/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("description", "body", "0.6"),
        ("name", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=("uuid", "description", "name", "system_tags", "user_tags"),
    required=("uuid",),
    body_key="updateIpRange",
    since="0.6",
    result=".models.update_ip_range_result:UpdateIpRangeResult",
    checks=(
        ("description", "description", "maxLength", 2048),
        ("name", "name", "maxLength", 255),
    ),
)

UPDATE_L3_NETWORK: Api[UpdateL3NetworkResult] = Api(
    "UpdateL3Network",
    "PUT",
    "/l3-networks/{uuid}/actions",
    params=(
        ("uuid", "path", "0.6"),
        ("category", "body", "2.2"),
        ("description", "body", "0.6"),
        ("dnsDomain", "body", "2.6.0"),
        ("name", "body", "0.6"),
        ("system", "body", "0.6"),
        ("systemTags", "root", "0.6"),
        ("userTags", "root", "0.6"),
    ),
    names=(
        "uuid",
        "category",
        "description",
        "dns_domain",
        "name",
        "system",
        "system_tags",
        "user_tags",
    ),
    required=("uuid",),
    body_key="updateL3Network",
    since="0.6",
    result=".models.update_l3_network_result:UpdateL3NetworkResult",
    checks=(
        ("category", "category", "enum", ("Public", "Private", "System")),
        ("description", "description", "maxLength", 2048),
        ("dnsDomain", "dns_domain", "maxLength", 255),
        ("name", "name", "maxLength", 255),
    ),
)


class L3NetworksApi(SyncNamespace):
    """l3-networks: 34 APIs (AddDnsToL3Network, AddHostRouteToL3Network, AddIpRange, ...)."""

    __slots__ = ()

    def add_dns_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        dns: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddDnsToL3NetworkResult:
        """向三层网络添加DNS (AddDnsToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            dns: DNS地址 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_DNS_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dns": dns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_host_route_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        nexthop: str,
        prefix: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddHostRouteToL3NetworkResult:
        """向三层网络添加主机路由 (AddHostRouteToL3Network).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.3)
            nexthop: nexthop (since 2.3)
            prefix: prefix (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_HOST_ROUTE_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "nexthop": nexthop,
                "prefix": prefix,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ip_range(
        self,
        *,
        l3_network_uuid: str,
        end_ip: str,
        name: str,
        netmask: str,
        start_ip: str,
        description: str | None = None,
        gateway: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpRangeResult:
        """添加IP地址范围 (AddIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            end_ip: 结束地址 (since 0.6)
            gateway: 网关 (since 0.6)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 0.6; maxLength 255)
            netmask: 网络掩码 (since 0.6)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            start_ip: 起始地址 (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IP_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "description": description,
                "endIp": end_ip,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "netmask": netmask,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ip_range_by_network_cidr(
        self,
        *,
        l3_network_uuid: str,
        name: str,
        network_cidr: str,
        description: str | None = None,
        gateway: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpRangeByNetworkCidrResult:
        """通过网络CIDR添加IP地址范围 (AddIpRangeByNetworkCidr).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            gateway: 网关 (since 3.7.0; maxLength 64)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 0.6; maxLength 255)
            network_cidr: 网络CIDR (since 0.6)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IP_RANGE_BY_NETWORK_CIDR,
            {
                "l3NetworkUuid": l3_network_uuid,
                "description": description,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "networkCidr": network_cidr,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ipv6_range(
        self,
        *,
        l3_network_uuid: str,
        address_mode: Literal["SLAAC", "Stateful-DHCP", "Stateless-DHCP"],
        end_ip: str,
        gateway: str,
        name: str,
        prefix_len: int,
        start_ip: str,
        description: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpv6RangeResult:
        """添加IPv6地址范围 (AddIpv6Range).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 3.1.0)
            address_mode: IPv6地址分配模式 (since 3.1.0; enum {'SLAAC', 'Stateful-DHCP', 'Stateless-DHCP'})
            description: 三层网络的详细描述 (since 3.1.0; maxLength 2048)
            end_ip: 结束地址 (since 3.1.0)
            gateway: 网关 (since 3.1.0)
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 3.1.0; maxLength 255)
            prefix_len: 前缀长度 (since 3.1.0; minimum 8; maximum 126)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 3.1.0)
            start_ip: 起始地址 (since 3.1.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IPV6_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "addressMode": address_mode,
                "description": description,
                "endIp": end_ip,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "prefixLen": prefix_len,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_ipv6_range_by_network_cidr(
        self,
        *,
        l3_network_uuid: str,
        address_mode: Literal["SLAAC", "Stateful-DHCP", "Stateless-DHCP"],
        name: str,
        network_cidr: str,
        description: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpv6RangeByNetworkCidrResult:
        """通过网络CIDR添加IPv6地址范围 (AddIpv6RangeByNetworkCidr).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 3.1.0)
            address_mode: IPv6地址分配模式 (since 3.1.0; enum {'SLAAC', 'Stateful-DHCP', 'Stateless-DHCP'})
            description: 三层网络的详细描述 (since 3.1.0; maxLength 2048)
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 3.1.0; maxLength 255)
            network_cidr: 网络CIDR (since 3.1.0)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 3.1.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_IPV6_RANGE_BY_NETWORK_CIDR,
            {
                "l3NetworkUuid": l3_network_uuid,
                "addressMode": address_mode,
                "description": description,
                "ipRangeType": ip_range_type,
                "name": name,
                "networkCidr": network_cidr,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def add_reserved_ip_range(
        self,
        *,
        l3_network_uuid: str,
        end_ip: str,
        start_ip: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddReservedIpRangeResult:
        """添加保留地址段 (AddReservedIpRange).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            end_ip: 结束IP(包含在地址段内) (since 5.1.0)
            resource_uuid: 资源UUID (since 5.1.0)
            start_ip: 开始IP(包含在地址段内) (since 5.1.0)
            tag_uuids: 标签UUID列表 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            ADD_RESERVED_IP_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "endIp": end_ip,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_l3_network_dhcp_ip_address(
        self,
        *,
        l3_network_uuid: str,
        dhcp_server_ip: str | None = None,
        dhcpv6_server_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeL3NetworkDhcpIpAddressResult:
        """修改DHCP服务器地址 (ChangeL3NetworkDhcpIpAddress).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            dhcp_server_ip: DHCP v4 服务器地址 (since 5.1.0; minLength 1)
            dhcpv6_server_ip: DHCP v6 服务器地址 (since 5.1.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_L3_NETWORK_DHCP_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dhcpServerIp": dhcp_server_ip,
                "dhcpv6ServerIp": dhcpv6_server_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def change_l3_network_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeL3NetworkStateResult:
        """改变三层网络状态 (ChangeL3NetworkState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态，可选enable与disable (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHANGE_L3_NETWORK_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def check_ip_availability(
        self,
        *,
        l3_network_uuid: str,
        ip: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        arp_check: bool | None = None,
        ip_range_check: bool | None = None,
        job_uuid: str | None = None,
    ) -> CheckIpAvailabilityResult:
        """检查IP可用性 (CheckIpAvailability).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            ip: IP地址 (since 0.6; maxLength 255)
            arp_check: 使用arping检测 (since 5.1.0)
            ip_range_check: 在数据库可用地址段内检测 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CHECK_IP_AVAILABILITY,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ip": ip,
                "systemTags": system_tags,
                "userTags": user_tags,
                "arpCheck": arp_check,
                "ipRangeCheck": ip_range_check,
            },
            job_uuid,
        )

    def create_l3_network(
        self,
        *,
        l2_network_uuid: str,
        name: str,
        category: Literal["Public", "Private", "System"] | None = None,
        description: str | None = None,
        dns_domain: str | None = None,
        enable_ipam: bool | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL3NetworkResult:
        """创建三层网络 (CreateL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            category: 网络类型，需要与system标签搭配使用，system为false时可设置为Public、Private (since 2.2; enum {'Public', 'Private', 'System'})
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            dns_domain: DNS域 (since 0.6)
            enable_ipam: IP地址管理是否启用 (since 4.6.21)
            ip_version: ip协议号 (since 4.6.21; enum {4, 6})
            l2_network_uuid: 二层网络UUID (since 0.6)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            system: 是否用于系统云主机 (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.6.21)
            type: 三层网络类型 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            CREATE_L3_NETWORK,
            {
                "category": category,
                "description": description,
                "dnsDomain": dns_domain,
                "enableIPAM": enable_ipam,
                "ipVersion": ip_version,
                "l2NetworkUuid": l2_network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "system": system,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ip_address(
        self,
        *,
        l3_network_uuid: str,
        used_ip_uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIpAddressResult:
        """删除IP地址 (DeleteIpAddress).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            used_ip_uuids: 被删除地址Uuid (since 5.1.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "usedIpUuids": used_ip_uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_ip_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIpRangeResult:
        """删除IP地址范围 (DeleteIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: IP地址范围的UUID (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_IP_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_l3_network(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteL3NetworkResult:
        """删除三层网络 (DeleteL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_L3_NETWORK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def delete_reserved_ip_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteReservedIpRangeResult:
        """删除保留地址段 (DeleteReservedIpRange).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            DELETE_RESERVED_IP_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_free_ip(
        self,
        *,
        l3_network_uuid: str | None = None,
        ip_range_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpResult:
        """获取空闲IP (GetFreeIp).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID说明: l3NetworkUuid和ipRangeUuid二选一 (since 0.6)
            ip_range_uuid: IP段UUID说明: l3NetworkUuid和ipRangeUuid二选一 (since 0.6)
            start: 起始值 (since 0.6)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            ip_version: IP地址版本号 (since 3.10.0; enum {4, 6})
            limit: 数量限制 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FREE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ipRangeUuid": ip_range_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_free_ip_of_ip_range(
        self,
        *,
        ip_range_uuid: str,
        l3_network_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpOfIpRangeResult:
        """Get free ip of ip range (GetFreeIpOfIpRange).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFreeIpOfIpRangeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ip_range_uuid: ipRangeUuid
            l3_network_uuid: l3NetworkUuid
            start: start
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            ip_version: ipVersion (enum {4, 6})
            limit: limit
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FREE_IP_OF_IP_RANGE,
            {
                "ipRangeUuid": ip_range_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_free_ip_of_l3_network(
        self,
        *,
        l3_network_uuid: str,
        ip_range_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpOfL3NetworkResult:
        """Get free ip of L3 network (GetFreeIpOfL3Network).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFreeIpOfL3NetworkAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            l3_network_uuid: l3NetworkUuid
            ip_range_uuid: ipRangeUuid
            start: start
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            ip_version: ipVersion (enum {4, 6})
            limit: limit
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_FREE_IP_OF_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ipRangeUuid": ip_range_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_ip_address_capacity(
        self,
        *,
        zone_uuids: Sequence[str] | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        ip_range_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIpAddressCapacityResult:
        """获取IP网络地址容量 (GetIpAddressCapacity).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            zone_uuids: 区域UUID (since 0.6)
            l3_network_uuids: 三层网络UUID (since 0.6)
            ip_range_uuids: IP地址范围UUID (since 0.6)
            all: 系统全局 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_IP_ADDRESS_CAPACITY,
            {
                "zoneUuids": zone_uuids,
                "l3NetworkUuids": l3_network_uuids,
                "ipRangeUuids": ip_range_uuids,
                "all": all,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l3_network_dhcp_ip_address(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkDhcpIpAddressResult:
        """获取网络DHCP服务所用地址 (GetL3NetworkDhcpIpAddress).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L3_NETWORK_DHCP_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l3_network_ip_statistic(
        self,
        *,
        l3_network_uuid: str,
        resource_type: Literal["All", "Vip", "VM"] | None = None,
        ip: str | None = None,
        sort_by: Literal["Ip", "CreateDate"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        start: int | None = None,
        limit: int | None = None,
        reply_with_count: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkIpStatisticResult:
        """获取三层网络IP地址使用情况统计 (GetL3NetworkIpStatistic).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 3.7.0)
            resource_type: 统计资源类型 (since 3.7.0; enum {'All', 'Vip', 'VM'})
            ip: 指定IP地址 (since 3.7.0)
            sort_by: 排序方式 (since 3.7.0; enum {'Ip', 'CreateDate'})
            sort_direction: 排序方向 (since 3.7.0; enum {'asc', 'desc'})
            start: 统计结果起始位置 (since 3.7.0; minimum 0; maximum 2147483647)
            limit: 统计结果数量 (since 3.7.0; minimum 0; maximum 2147483647)
            reply_with_count: 同时返回统计结果总数 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L3_NETWORK_IP_STATISTIC,
            {
                "l3NetworkUuid": l3_network_uuid,
                "resourceType": resource_type,
                "ip": ip,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "start": start,
                "limit": limit,
                "replyWithCount": reply_with_count,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l3_network_mtu(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkMtuResult:
        """获取三层网络Mtu值 (GetL3NetworkMtu).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L3_NETWORK_MTU,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l3_network_router_interface_ip(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkRouterInterfaceIpResult:
        """获取三层网络上路由器的接口地址 (GetL3NetworkRouterInterfaceIp).

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L3_NETWORK_ROUTER_INTERFACE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def get_l3_network_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkTypesResult:
        """获取三层网络类型 (GetL3NetworkTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            GET_L3_NETWORK_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def query_address_pool(
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
    ) -> QueryAddressPoolResult:
        """查询IP地址池 (QueryAddressPool).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_ADDRESS_POOL,
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

    def query_address_pool_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[AddressPoolInventory]:
        """Every result of ``query_address_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ADDRESS_POOL,
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

    def query_ip_address(
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
    ) -> QueryIpAddressResult:
        """查询IP地址 (QueryIpAddress).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IP_ADDRESS,
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

    def query_ip_address_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[UsedIpInventory]:
        """Every result of ``query_ip_address``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_ADDRESS,
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

    def query_ip_range(
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
    ) -> QueryIpRangeResult:
        """查询IP地址范围 (QueryIpRange).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_IP_RANGE,
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

    def query_ip_range_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[IpRangeInventory]:
        """Every result of ``query_ip_range``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_RANGE,
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

    def query_l3_network(
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
    ) -> QueryL3NetworkResult:
        """查询三层网络 (QueryL3Network).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return self._request(
            QUERY_L3_NETWORK,
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

    def query_l3_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> Iterator[L3NetworkInventory]:
        """Every result of ``query_l3_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L3_NETWORK,
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

    def remove_dns_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        dns: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveDnsFromL3NetworkResult:
        """从三层网络移除DNS (RemoveDnsFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            dns: DNS地址 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_DNS_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dns": dns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def remove_host_route_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        prefix: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveHostRouteFromL3NetworkResult:
        """从三层网络移除主机路由 (RemoveHostRouteFromL3Network).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.3)
            prefix: prefix (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            REMOVE_HOST_ROUTE_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "prefix": prefix,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_l3_network_mtu(
        self,
        *,
        l3_network_uuid: str,
        mtu: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetL3NetworkMtuResult:
        """设置三层网络Mtu值 (SetL3NetworkMtu).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            mtu: mtu (since 2.1; minimum 68; maximum 9216)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_L3_NETWORK_MTU,
            {
                "l3NetworkUuid": l3_network_uuid,
                "mtu": mtu,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def set_l3_network_router_interface_ip(
        self,
        *,
        l3_network_uuid: str,
        router_interface_ip: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetL3NetworkRouterInterfaceIpResult:
        """设置三层网络路由器接口IP (SetL3NetworkRouterInterfaceIp).

        设置三层网络上路由器接口地址，仅当会在普通三层网络上创建VPC路由器或在VPC网络上加载VPC路由器时有效。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            router_interface_ip: routerInterfaceIp (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            SET_L3_NETWORK_ROUTER_INTERFACE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "routerInterfaceIp": router_interface_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_ip_range(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIpRangeResult:
        """更新IP地址范围 (UpdateIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_IP_RANGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    def update_l3_network(
        self,
        *,
        uuid: str,
        category: Literal["Public", "Private", "System"] | None = None,
        description: str | None = None,
        dns_domain: str | None = None,
        name: str | None = None,
        system: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateL3NetworkResult:
        """更新三层网络 (UpdateL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            category: 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private (since 2.2; enum {'Public', 'Private', 'System'})
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            dns_domain: DNS域 (since 2.6.0; maxLength 255)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            system: 是否用于系统云主机 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return self._request(
            UPDATE_L3_NETWORK,
            {
                "uuid": uuid,
                "category": category,
                "description": description,
                "dnsDomain": dns_domain,
                "name": name,
                "system": system,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )


class AsyncL3NetworksApi(AsyncNamespace):
    """l3-networks: 34 APIs (AddDnsToL3Network, AddHostRouteToL3Network, AddIpRange, ...). (asyncio)"""

    __slots__ = ()

    async def add_dns_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        dns: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddDnsToL3NetworkResult:
        """向三层网络添加DNS (AddDnsToL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            dns: DNS地址 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_DNS_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dns": dns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_host_route_to_l3_network(
        self,
        *,
        l3_network_uuid: str,
        nexthop: str,
        prefix: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddHostRouteToL3NetworkResult:
        """向三层网络添加主机路由 (AddHostRouteToL3Network).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.3)
            nexthop: nexthop (since 2.3)
            prefix: prefix (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_HOST_ROUTE_TO_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "nexthop": nexthop,
                "prefix": prefix,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ip_range(
        self,
        *,
        l3_network_uuid: str,
        end_ip: str,
        name: str,
        netmask: str,
        start_ip: str,
        description: str | None = None,
        gateway: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpRangeResult:
        """添加IP地址范围 (AddIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            end_ip: 结束地址 (since 0.6)
            gateway: 网关 (since 0.6)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 0.6; maxLength 255)
            netmask: 网络掩码 (since 0.6)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            start_ip: 起始地址 (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IP_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "description": description,
                "endIp": end_ip,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "netmask": netmask,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ip_range_by_network_cidr(
        self,
        *,
        l3_network_uuid: str,
        name: str,
        network_cidr: str,
        description: str | None = None,
        gateway: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpRangeByNetworkCidrResult:
        """通过网络CIDR添加IP地址范围 (AddIpRangeByNetworkCidr).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            gateway: 网关 (since 3.7.0; maxLength 64)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 0.6; maxLength 255)
            network_cidr: 网络CIDR (since 0.6)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IP_RANGE_BY_NETWORK_CIDR,
            {
                "l3NetworkUuid": l3_network_uuid,
                "description": description,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "networkCidr": network_cidr,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ipv6_range(
        self,
        *,
        l3_network_uuid: str,
        address_mode: Literal["SLAAC", "Stateful-DHCP", "Stateless-DHCP"],
        end_ip: str,
        gateway: str,
        name: str,
        prefix_len: int,
        start_ip: str,
        description: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpv6RangeResult:
        """添加IPv6地址范围 (AddIpv6Range).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 3.1.0)
            address_mode: IPv6地址分配模式 (since 3.1.0; enum {'SLAAC', 'Stateful-DHCP', 'Stateless-DHCP'})
            description: 三层网络的详细描述 (since 3.1.0; maxLength 2048)
            end_ip: 结束地址 (since 3.1.0)
            gateway: 网关 (since 3.1.0)
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 3.1.0; maxLength 255)
            prefix_len: 前缀长度 (since 3.1.0; minimum 8; maximum 126)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 3.1.0)
            start_ip: 起始地址 (since 3.1.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IPV6_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "addressMode": address_mode,
                "description": description,
                "endIp": end_ip,
                "gateway": gateway,
                "ipRangeType": ip_range_type,
                "name": name,
                "prefixLen": prefix_len,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_ipv6_range_by_network_cidr(
        self,
        *,
        l3_network_uuid: str,
        address_mode: Literal["SLAAC", "Stateful-DHCP", "Stateless-DHCP"],
        name: str,
        network_cidr: str,
        description: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddIpv6RangeByNetworkCidrResult:
        """通过网络CIDR添加IPv6地址范围 (AddIpv6RangeByNetworkCidr).

        Since ZStack 3.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 3.1.0)
            address_mode: IPv6地址分配模式 (since 3.1.0; enum {'SLAAC', 'Stateful-DHCP', 'Stateless-DHCP'})
            description: 三层网络的详细描述 (since 3.1.0; maxLength 2048)
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            name: 三层网络的名称 (since 3.1.0; maxLength 255)
            network_cidr: 网络CIDR (since 3.1.0)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 3.1.0)
            tag_uuids: tagUuids
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_IPV6_RANGE_BY_NETWORK_CIDR,
            {
                "l3NetworkUuid": l3_network_uuid,
                "addressMode": address_mode,
                "description": description,
                "ipRangeType": ip_range_type,
                "name": name,
                "networkCidr": network_cidr,
                "resourceUuid": resource_uuid,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def add_reserved_ip_range(
        self,
        *,
        l3_network_uuid: str,
        end_ip: str,
        start_ip: str,
        resource_uuid: str | None = None,
        tag_uuids: Sequence[str] | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> AddReservedIpRangeResult:
        """添加保留地址段 (AddReservedIpRange).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            end_ip: 结束IP(包含在地址段内) (since 5.1.0)
            resource_uuid: 资源UUID (since 5.1.0)
            start_ip: 开始IP(包含在地址段内) (since 5.1.0)
            tag_uuids: 标签UUID列表 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            ADD_RESERVED_IP_RANGE,
            {
                "l3NetworkUuid": l3_network_uuid,
                "endIp": end_ip,
                "resourceUuid": resource_uuid,
                "startIp": start_ip,
                "tagUuids": tag_uuids,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_l3_network_dhcp_ip_address(
        self,
        *,
        l3_network_uuid: str,
        dhcp_server_ip: str | None = None,
        dhcpv6_server_ip: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeL3NetworkDhcpIpAddressResult:
        """修改DHCP服务器地址 (ChangeL3NetworkDhcpIpAddress).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            dhcp_server_ip: DHCP v4 服务器地址 (since 5.1.0; minLength 1)
            dhcpv6_server_ip: DHCP v6 服务器地址 (since 5.1.0; minLength 1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_L3_NETWORK_DHCP_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dhcpServerIp": dhcp_server_ip,
                "dhcpv6ServerIp": dhcpv6_server_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def change_l3_network_state(
        self,
        *,
        uuid: str,
        state_event: Literal["enable", "disable"],
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> ChangeL3NetworkStateResult:
        """改变三层网络状态 (ChangeL3NetworkState).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            state_event: 状态，可选enable与disable (since 0.6; enum {'enable', 'disable'})
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHANGE_L3_NETWORK_STATE,
            {
                "uuid": uuid,
                "stateEvent": state_event,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def check_ip_availability(
        self,
        *,
        l3_network_uuid: str,
        ip: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        arp_check: bool | None = None,
        ip_range_check: bool | None = None,
        job_uuid: str | None = None,
    ) -> CheckIpAvailabilityResult:
        """检查IP可用性 (CheckIpAvailability).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            ip: IP地址 (since 0.6; maxLength 255)
            arp_check: 使用arping检测 (since 5.1.0)
            ip_range_check: 在数据库可用地址段内检测 (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CHECK_IP_AVAILABILITY,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ip": ip,
                "systemTags": system_tags,
                "userTags": user_tags,
                "arpCheck": arp_check,
                "ipRangeCheck": ip_range_check,
            },
            job_uuid,
        )

    async def create_l3_network(
        self,
        *,
        l2_network_uuid: str,
        name: str,
        category: Literal["Public", "Private", "System"] | None = None,
        description: str | None = None,
        dns_domain: str | None = None,
        enable_ipam: bool | None = None,
        ip_version: Literal[4, 6] | None = None,
        resource_uuid: str | None = None,
        system: bool | None = None,
        tag_uuids: Sequence[str] | None = None,
        type: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> CreateL3NetworkResult:
        """创建三层网络 (CreateL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            category: 网络类型，需要与system标签搭配使用，system为false时可设置为Public、Private (since 2.2; enum {'Public', 'Private', 'System'})
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            dns_domain: DNS域 (since 0.6)
            enable_ipam: IP地址管理是否启用 (since 4.6.21)
            ip_version: ip协议号 (since 4.6.21; enum {4, 6})
            l2_network_uuid: 二层网络UUID (since 0.6)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            resource_uuid: 资源UUID。若指定，三层网络会使用该字段值作为UUID (since 0.6)
            system: 是否用于系统云主机 (since 0.6)
            tag_uuids: 标签UUID列表 (since 4.6.21)
            type: 三层网络类型 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            CREATE_L3_NETWORK,
            {
                "category": category,
                "description": description,
                "dnsDomain": dns_domain,
                "enableIPAM": enable_ipam,
                "ipVersion": ip_version,
                "l2NetworkUuid": l2_network_uuid,
                "name": name,
                "resourceUuid": resource_uuid,
                "system": system,
                "tagUuids": tag_uuids,
                "type": type,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ip_address(
        self,
        *,
        l3_network_uuid: str,
        used_ip_uuids: Sequence[str],
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIpAddressResult:
        """删除IP地址 (DeleteIpAddress).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 5.1.0)
            used_ip_uuids: 被删除地址Uuid (since 5.1.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "usedIpUuids": used_ip_uuids,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_ip_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteIpRangeResult:
        """删除IP地址范围 (DeleteIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: IP地址范围的UUID (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_IP_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_l3_network(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteL3NetworkResult:
        """删除三层网络 (DeleteL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            delete_mode: 删除模式 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_L3_NETWORK,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def delete_reserved_ip_range(
        self,
        *,
        uuid: str,
        delete_mode: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> DeleteReservedIpRangeResult:
        """删除保留地址段 (DeleteReservedIpRange).

        Since ZStack 5.1.0. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 5.1.0)
            delete_mode: 删除模式(Permissive / Enforcing，Permissive) (since 5.1.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            DELETE_RESERVED_IP_RANGE,
            {
                "uuid": uuid,
                "deleteMode": delete_mode,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_free_ip(
        self,
        *,
        l3_network_uuid: str | None = None,
        ip_range_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpResult:
        """获取空闲IP (GetFreeIp).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID说明: l3NetworkUuid和ipRangeUuid二选一 (since 0.6)
            ip_range_uuid: IP段UUID说明: l3NetworkUuid和ipRangeUuid二选一 (since 0.6)
            start: 起始值 (since 0.6)
            ip_range_type: 地址类型 (since 3.9.0; enum {'Normal', 'AddressPool'})
            ip_version: IP地址版本号 (since 3.10.0; enum {4, 6})
            limit: 数量限制 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FREE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ipRangeUuid": ip_range_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_free_ip_of_ip_range(
        self,
        *,
        ip_range_uuid: str,
        l3_network_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpOfIpRangeResult:
        """Get free ip of ip range (GetFreeIpOfIpRange).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFreeIpOfIpRangeAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            ip_range_uuid: ipRangeUuid
            l3_network_uuid: l3NetworkUuid
            start: start
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            ip_version: ipVersion (enum {4, 6})
            limit: limit
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FREE_IP_OF_IP_RANGE,
            {
                "ipRangeUuid": ip_range_uuid,
                "l3NetworkUuid": l3_network_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_free_ip_of_l3_network(
        self,
        *,
        l3_network_uuid: str,
        ip_range_uuid: str | None = None,
        start: str | None = None,
        ip_range_type: Literal["Normal", "AddressPool"] | None = None,
        ip_version: Literal[4, 6] | None = None,
        limit: int | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetFreeIpOfL3NetworkResult:
        """Get free ip of L3 network (GetFreeIpOfL3Network).

        Defined in ZStack's Java SDK: `sdk/src/main/java/org/zstack/sdk/GetFreeIpOfL3NetworkAction.java`.

        Release not dated. Synchronous (a 202 is still followed).

        Not in the developer manual: known from ZStack's Java SDK only.

        Args:
            l3_network_uuid: l3NetworkUuid
            ip_range_uuid: ipRangeUuid
            start: start
            ip_range_type: ipRangeType (enum {'Normal', 'AddressPool'})
            ip_version: ipVersion (enum {4, 6})
            limit: limit
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_FREE_IP_OF_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "ipRangeUuid": ip_range_uuid,
                "start": start,
                "ipRangeType": ip_range_type,
                "ipVersion": ip_version,
                "limit": limit,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_ip_address_capacity(
        self,
        *,
        zone_uuids: Sequence[str] | None = None,
        l3_network_uuids: Sequence[str] | None = None,
        ip_range_uuids: Sequence[str] | None = None,
        all: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetIpAddressCapacityResult:
        """获取IP网络地址容量 (GetIpAddressCapacity).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            zone_uuids: 区域UUID (since 0.6)
            l3_network_uuids: 三层网络UUID (since 0.6)
            ip_range_uuids: IP地址范围UUID (since 0.6)
            all: 系统全局 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_IP_ADDRESS_CAPACITY,
            {
                "zoneUuids": zone_uuids,
                "l3NetworkUuids": l3_network_uuids,
                "ipRangeUuids": ip_range_uuids,
                "all": all,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l3_network_dhcp_ip_address(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkDhcpIpAddressResult:
        """获取网络DHCP服务所用地址 (GetL3NetworkDhcpIpAddress).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L3_NETWORK_DHCP_IP_ADDRESS,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l3_network_ip_statistic(
        self,
        *,
        l3_network_uuid: str,
        resource_type: Literal["All", "Vip", "VM"] | None = None,
        ip: str | None = None,
        sort_by: Literal["Ip", "CreateDate"] | None = None,
        sort_direction: Literal["asc", "desc"] | None = None,
        start: int | None = None,
        limit: int | None = None,
        reply_with_count: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkIpStatisticResult:
        """获取三层网络IP地址使用情况统计 (GetL3NetworkIpStatistic).

        Since ZStack 3.7.0. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 3.7.0)
            resource_type: 统计资源类型 (since 3.7.0; enum {'All', 'Vip', 'VM'})
            ip: 指定IP地址 (since 3.7.0)
            sort_by: 排序方式 (since 3.7.0; enum {'Ip', 'CreateDate'})
            sort_direction: 排序方向 (since 3.7.0; enum {'asc', 'desc'})
            start: 统计结果起始位置 (since 3.7.0; minimum 0; maximum 2147483647)
            limit: 统计结果数量 (since 3.7.0; minimum 0; maximum 2147483647)
            reply_with_count: 同时返回统计结果总数 (since 3.7.0)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L3_NETWORK_IP_STATISTIC,
            {
                "l3NetworkUuid": l3_network_uuid,
                "resourceType": resource_type,
                "ip": ip,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "start": start,
                "limit": limit,
                "replyWithCount": reply_with_count,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l3_network_mtu(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkMtuResult:
        """获取三层网络Mtu值 (GetL3NetworkMtu).

        Since ZStack 2.1. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L3_NETWORK_MTU,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l3_network_router_interface_ip(
        self,
        *,
        l3_network_uuid: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkRouterInterfaceIpResult:
        """获取三层网络上路由器的接口地址 (GetL3NetworkRouterInterfaceIp).

        Since ZStack 2.2. Synchronous (a 202 is still followed).

        Args:
            l3_network_uuid: 三层网络UUID (since 2.2)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L3_NETWORK_ROUTER_INTERFACE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def get_l3_network_types(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> GetL3NetworkTypesResult:
        """获取三层网络类型 (GetL3NetworkTypes).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            GET_L3_NETWORK_TYPES,
            {
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def query_address_pool(
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
    ) -> QueryAddressPoolResult:
        """查询IP地址池 (QueryAddressPool).

        Since ZStack 3.9.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.9.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_ADDRESS_POOL,
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

    def query_address_pool_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[AddressPoolInventory]:
        """Every result of ``query_address_pool``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_ADDRESS_POOL,
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

    async def query_ip_address(
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
    ) -> QueryIpAddressResult:
        """查询IP地址 (QueryIpAddress).

        Since ZStack 3.1.0. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 3.1.0)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IP_ADDRESS,
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

    def query_ip_address_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[UsedIpInventory]:
        """Every result of ``query_ip_address``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_ADDRESS,
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

    async def query_ip_range(
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
    ) -> QueryIpRangeResult:
        """查询IP地址范围 (QueryIpRange).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_IP_RANGE,
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

    def query_ip_range_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[IpRangeInventory]:
        """Every result of ``query_ip_range``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_IP_RANGE,
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

    async def query_l3_network(
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
    ) -> QueryL3NetworkResult:
        """查询三层网络 (QueryL3Network).

        Since ZStack 0.6. Synchronous (a 202 is still followed).

        Args:
            uuid: uuid (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            conditions, limit, start, count, reply_with_count, sort_by, sort_direction, fields: the query options every Query API takes.
        """
        return await self._request(
            QUERY_L3_NETWORK,
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

    def query_l3_network_pages(
        self,
        *,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        conditions: Iterable[Condition] | None = None,
        page_size: int = 100,
        sort_by: str | None = None,
        sort_direction: SortDirection | None = None,
        fields: Sequence[str] | None = None,
    ) -> AsyncIterator[L3NetworkInventory]:
        """Every result of ``query_l3_network``, fetched ``page_size`` at a time."""
        return self._pages(
            QUERY_L3_NETWORK,
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

    async def remove_dns_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        dns: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveDnsFromL3NetworkResult:
        """从三层网络移除DNS (RemoveDnsFromL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 0.6)
            dns: DNS地址 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_DNS_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "dns": dns,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def remove_host_route_from_l3_network(
        self,
        *,
        l3_network_uuid: str,
        prefix: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> RemoveHostRouteFromL3NetworkResult:
        """从三层网络移除主机路由 (RemoveHostRouteFromL3Network).

        Since ZStack 2.3. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.3)
            prefix: prefix (since 2.3)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            REMOVE_HOST_ROUTE_FROM_L3_NETWORK,
            {
                "l3NetworkUuid": l3_network_uuid,
                "prefix": prefix,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_l3_network_mtu(
        self,
        *,
        l3_network_uuid: str,
        mtu: int,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetL3NetworkMtuResult:
        """设置三层网络Mtu值 (SetL3NetworkMtu).

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            mtu: mtu (since 2.1; minimum 68; maximum 9216)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_L3_NETWORK_MTU,
            {
                "l3NetworkUuid": l3_network_uuid,
                "mtu": mtu,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def set_l3_network_router_interface_ip(
        self,
        *,
        l3_network_uuid: str,
        router_interface_ip: str,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> SetL3NetworkRouterInterfaceIpResult:
        """设置三层网络路由器接口IP (SetL3NetworkRouterInterfaceIp).

        设置三层网络上路由器接口地址，仅当会在普通三层网络上创建VPC路由器或在VPC网络上加载VPC路由器时有效。

        Since ZStack 2.1. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            l3_network_uuid: 三层网络UUID (since 2.1)
            router_interface_ip: routerInterfaceIp (since 2.1)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            SET_L3_NETWORK_ROUTER_INTERFACE_IP,
            {
                "l3NetworkUuid": l3_network_uuid,
                "routerInterfaceIp": router_interface_ip,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_ip_range(
        self,
        *,
        uuid: str,
        description: str | None = None,
        name: str | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateIpRangeResult:
        """更新IP地址范围 (UpdateIpRange).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_IP_RANGE,
            {
                "uuid": uuid,
                "description": description,
                "name": name,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )

    async def update_l3_network(
        self,
        *,
        uuid: str,
        category: Literal["Public", "Private", "System"] | None = None,
        description: str | None = None,
        dns_domain: str | None = None,
        name: str | None = None,
        system: bool | None = None,
        system_tags: Sequence[str] | None = None,
        user_tags: Sequence[str] | None = None,
        job_uuid: str | None = None,
    ) -> UpdateL3NetworkResult:
        """更新三层网络 (UpdateL3Network).

        Since ZStack 0.6. Asynchronous: the server answers 202 and the call polls the job until it ends.

        Args:
            uuid: 资源的UUID，唯一标示该资源 (since 0.6)
            category: 网络类型，需要与system标签搭配使用，system为true时可设置为Public、Private (since 2.2; enum {'Public', 'Private', 'System'})
            description: 三层网络的详细描述 (since 0.6; maxLength 2048)
            dns_domain: DNS域 (since 2.6.0; maxLength 255)
            name: 三层网络的名称 (since 0.6; maxLength 255)
            system: 是否用于系统云主机 (since 0.6)
            system_tags, user_tags: ZStack system and user tags.
            job_uuid: the job id to use (32 hex chars), e.g. to make a retry idempotent; a fresh one otherwise.
        """
        return await self._request(
            UPDATE_L3_NETWORK,
            {
                "uuid": uuid,
                "category": category,
                "description": description,
                "dnsDomain": dns_domain,
                "name": name,
                "system": system,
                "systemTags": system_tags,
                "userTags": user_tags,
            },
            job_uuid,
        )
