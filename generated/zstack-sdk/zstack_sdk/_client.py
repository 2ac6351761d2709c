"""The clients: one method per ZStack API (generated; do not edit)."""

from __future__ import annotations

from ._apis.access_control import AccessControlApi, AsyncAccessControlApi
from ._apis.ad_ldap_oauth import AdLdapOauthApi, AsyncAdLdapOauthApi
from ._apis.advanced_monitoring import AdvancedMonitoringApi, AsyncAdvancedMonitoringApi
from ._apis.automation_ops import AsyncAutomationOpsApi, AutomationOpsApi
from ._apis.available_resources import AsyncAvailableResourcesApi, AvailableResourcesApi
from ._apis.bare_metal import AsyncBareMetalApi, BareMetalApi
from ._apis.billing_management import AsyncBillingManagementApi, BillingManagementApi
from ._apis.cloud_resource_pool import AsyncCloudResourcePoolApi, CloudResourcePoolApi
from ._apis.disaster_recovery import AsyncDisasterRecoveryApi, DisasterRecoveryApi
from ._apis.elastic_bare_metal import AsyncElasticBareMetalApi, ElasticBareMetalApi
from ._apis.error_codes import AsyncErrorCodesApi, ErrorCodesApi
from ._apis.garbage_collection import AsyncGarbageCollectionApi, GarbageCollectionApi
from ._apis.global_settings import AsyncGlobalSettingsApi, GlobalSettingsApi
from ._apis.ha_policy import AsyncHaPolicyApi, HaPolicyApi
from ._apis.hardware_facilities import AsyncHardwareFacilitiesApi, HardwareFacilitiesApi
from ._apis.license import AsyncLicenseApi, LicenseApi
from ._apis.log_server import AsyncLogServerApi, LogServerApi
from ._apis.long_running_tasks import AsyncLongRunningTasksApi, LongRunningTasksApi
from ._apis.migration_service import AsyncMigrationServiceApi, MigrationServiceApi
from ._apis.monitoring_api import AsyncMonitoringApiApi, MonitoringApiApi
from ._apis.network_resources import AsyncNetworkResourcesApi, NetworkResourcesApi
from ._apis.network_services import AsyncNetworkServicesApi, NetworkServicesApi
from ._apis.plugin_management import AsyncPluginManagementApi, PluginManagementApi
from ._apis.progress_bar import AsyncProgressBarApi, ProgressBarApi
from ._apis.resource_advanced_settings import (
    AsyncResourceAdvancedSettingsApi,
    ResourceAdvancedSettingsApi,
)
from ._apis.resource_orchestration import AsyncResourceOrchestrationApi, ResourceOrchestrationApi
from ._apis.scenario_encapsulation import AsyncScenarioEncapsulationApi, ScenarioEncapsulationApi
from ._apis.search import AsyncSearchApi, SearchApi
from ._apis.snmp import AsyncSnmpApi, SnmpApi
from ._apis.tag_management import AsyncTagManagementApi, TagManagementApi
from ._apis.tenant_management import AsyncTenantManagementApi, TenantManagementApi
from ._apis.time_management import AsyncTimeManagementApi, TimeManagementApi
from ._apis.undocumented import AsyncUndocumentedApi, UndocumentedApi
from ._apis.user_management import AsyncUserManagementApi, UserManagementApi
from ._apis.vmware_management import AsyncVmwareManagementApi, VmwareManagementApi

__all__ = ["AsyncZStackClient", "ZStackClient"]


class ZStackClient(
    AccessControlApi,
    AdLdapOauthApi,
    AdvancedMonitoringApi,
    AutomationOpsApi,
    AvailableResourcesApi,
    BareMetalApi,
    BillingManagementApi,
    CloudResourcePoolApi,
    DisasterRecoveryApi,
    ElasticBareMetalApi,
    ErrorCodesApi,
    GarbageCollectionApi,
    GlobalSettingsApi,
    HaPolicyApi,
    HardwareFacilitiesApi,
    LicenseApi,
    LogServerApi,
    LongRunningTasksApi,
    MigrationServiceApi,
    MonitoringApiApi,
    NetworkResourcesApi,
    NetworkServicesApi,
    PluginManagementApi,
    ProgressBarApi,
    ResourceAdvancedSettingsApi,
    ResourceOrchestrationApi,
    ScenarioEncapsulationApi,
    SearchApi,
    SnmpApi,
    TagManagementApi,
    TenantManagementApi,
    TimeManagementApi,
    UndocumentedApi,
    UserManagementApi,
    VmwareManagementApi,
):
    """Blocking ZStack client.

    ``ZStackClient(base_url, *, session_id=None, access_key_id=None,
    access_key_secret=None, timeout=30.0, poll_timeout=600.0, max_retries=2,
    server_version=None, transport=None)``; log in with ``login()`` unless a
    session id or an access key is given. A context manager."""


class AsyncZStackClient(
    AsyncAccessControlApi,
    AsyncAdLdapOauthApi,
    AsyncAdvancedMonitoringApi,
    AsyncAutomationOpsApi,
    AsyncAvailableResourcesApi,
    AsyncBareMetalApi,
    AsyncBillingManagementApi,
    AsyncCloudResourcePoolApi,
    AsyncDisasterRecoveryApi,
    AsyncElasticBareMetalApi,
    AsyncErrorCodesApi,
    AsyncGarbageCollectionApi,
    AsyncGlobalSettingsApi,
    AsyncHaPolicyApi,
    AsyncHardwareFacilitiesApi,
    AsyncLicenseApi,
    AsyncLogServerApi,
    AsyncLongRunningTasksApi,
    AsyncMigrationServiceApi,
    AsyncMonitoringApiApi,
    AsyncNetworkResourcesApi,
    AsyncNetworkServicesApi,
    AsyncPluginManagementApi,
    AsyncProgressBarApi,
    AsyncResourceAdvancedSettingsApi,
    AsyncResourceOrchestrationApi,
    AsyncScenarioEncapsulationApi,
    AsyncSearchApi,
    AsyncSnmpApi,
    AsyncTagManagementApi,
    AsyncTenantManagementApi,
    AsyncTimeManagementApi,
    AsyncUndocumentedApi,
    AsyncUserManagementApi,
    AsyncVmwareManagementApi,
):
    """The asyncio client: the same methods as ``ZStackClient``, awaited."""
