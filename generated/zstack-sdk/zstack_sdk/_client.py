"""The clients (generated; do not edit).

ZStack's 1968 APIs are grouped by the resource their route names, one
attribute each, imported on first use: ``client.vm_instances.create_vm_instance(...)``.
``client.create_vm_instance(...)`` reaches the same method (the flat path), and
``client.call("CreateVmInstance", {...})`` calls an API by ZStack's name."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._meta import SERVER_VERSION, __version__

if TYPE_CHECKING:
    from ._apis.accesskeys import AccesskeysApi, AsyncAccesskeysApi
    from ._apis.accounts import AccountsApi, AsyncAccountsApi
    from ._apis.affinity_groups import AffinityGroupsApi, AsyncAffinityGroupsApi
    from ._apis.agent_version import AgentVersionApi, AsyncAgentVersionApi
    from ._apis.aliyun import AliyunApi, AsyncAliyunApi
    from ._apis.aliyun_proxy import AliyunProxyApi, AsyncAliyunProxyApi
    from ._apis.appcenter import AppcenterApi, AsyncAppcenterApi
    from ._apis.autoscaling import AsyncAutoscalingApi, AutoscalingApi
    from ._apis.backup_storage import AsyncBackupStorageApi, BackupStorageApi
    from ._apis.backup_storage_ceph import AsyncBackupStorageCephApi, BackupStorageCephApi
    from ._apis.backup_storage_image_store import (
        AsyncBackupStorageImageStoreApi,
        BackupStorageImageStoreApi,
    )
    from ._apis.backupstorage_l3networks import (
        AsyncBackupstorageL3networksApi,
        BackupstorageL3networksApi,
    )
    from ._apis.baremetal import AsyncBaremetalApi, BaremetalApi
    from ._apis.baremetal2 import AsyncBaremetal2Api, Baremetal2Api
    from ._apis.baremetal_pxeservers import AsyncBaremetalPxeserversApi, BaremetalPxeserversApi
    from ._apis.batch_queries import AsyncBatchQueriesApi, BatchQueriesApi
    from ._apis.billings import AsyncBillingsApi, BillingsApi
    from ._apis.buildapp import AsyncBuildappApi, BuildappApi
    from ._apis.cas import AsyncCasApi, CasApi
    from ._apis.cbt_task import AsyncCbtTaskApi, CbtTaskApi
    from ._apis.cdp_backup_storage import AsyncCdpBackupStorageApi, CdpBackupStorageApi
    from ._apis.check import AsyncCheckApi, CheckApi
    from ._apis.clean import AsyncCleanApi, CleanApi
    from ._apis.cloudformation import AsyncCloudformationApi, CloudformationApi
    from ._apis.clusters import AsyncClustersApi, ClustersApi
    from ._apis.consoles import AsyncConsolesApi, ConsolesApi
    from ._apis.core import AsyncCoreApi, CoreApi
    from ._apis.create import AsyncCreateApi, CreateApi
    from ._apis.crypto import AsyncCryptoApi, CryptoApi
    from ._apis.debug import AsyncDebugApi, DebugApi
    from ._apis.disk_offerings import AsyncDiskOfferingsApi, DiskOfferingsApi
    from ._apis.eips import AsyncEipsApi, EipsApi
    from ._apis.encrypted import AsyncEncryptedApi, EncryptedApi
    from ._apis.errorcode import AsyncErrorcodeApi, ErrorcodeApi
    from ._apis.eventlogs import AsyncEventlogsApi, EventlogsApi
    from ._apis.expon import AsyncExponApi, ExponApi
    from ._apis.external import AsyncExternalApi, ExternalApi
    from ._apis.externalbackup import AsyncExternalbackupApi, ExternalbackupApi
    from ._apis.flowmeters import AsyncFlowmetersApi, FlowmetersApi
    from ._apis.gc_jobs import AsyncGcJobsApi, GcJobsApi
    from ._apis.global_configurations import AsyncGlobalConfigurationsApi, GlobalConfigurationsApi
    from ._apis.gpu_device import AsyncGpuDeviceApi, GpuDeviceApi
    from ._apis.guest_os import AsyncGuestOsApi, GuestOsApi
    from ._apis.ha_strategy_condition import AsyncHaStrategyConditionApi, HaStrategyConditionApi
    from ._apis.hosts import AsyncHostsApi, HostsApi
    from ._apis.hosts_capacities import AsyncHostsCapacitiesApi, HostsCapacitiesApi
    from ._apis.hosts_service_types import AsyncHostsServiceTypesApi, HostsServiceTypesApi
    from ._apis.hostschedulingrulegroup import (
        AsyncHostschedulingrulegroupApi,
        HostschedulingrulegroupApi,
    )
    from ._apis.hybrid import AsyncHybridApi, HybridApi
    from ._apis.hygon_devices import AsyncHygonDevicesApi, HygonDevicesApi
    from ._apis.iam2 import AsyncIam2Api, Iam2Api
    from ._apis.iam2_organizations import AsyncIam2OrganizationsApi, Iam2OrganizationsApi
    from ._apis.identity_models import AsyncIdentityModelsApi, IdentityModelsApi
    from ._apis.image_replication_groups import (
        AsyncImageReplicationGroupsApi,
        ImageReplicationGroupsApi,
    )
    from ._apis.images import AsyncImagesApi, ImagesApi
    from ._apis.instance_offerings import AsyncInstanceOfferingsApi, InstanceOfferingsApi
    from ._apis.instance_offerings_actions import (
        AsyncInstanceOfferingsActionsApi,
        InstanceOfferingsActionsApi,
    )
    from ._apis.integrity import AsyncIntegrityApi, IntegrityApi
    from ._apis.ipsec import AsyncIpsecApi, IpsecApi
    from ._apis.l2_networks import AsyncL2NetworksApi, L2NetworksApi
    from ._apis.l2_networks_vxlan_pool import AsyncL2NetworksVxlanPoolApi, L2NetworksVxlanPoolApi
    from ._apis.l3_networks import AsyncL3NetworksApi, L3NetworksApi
    from ._apis.ldap import AsyncLdapApi, LdapApi
    from ._apis.licenses import AsyncLicensesApi, LicensesApi
    from ._apis.list import AsyncListApi, ListApi
    from ._apis.load_balancers import AsyncLoadBalancersApi, LoadBalancersApi
    from ._apis.log import AsyncLogApi, LogApi
    from ._apis.login_control import AsyncLoginControlApi, LoginControlApi
    from ._apis.longjobs import AsyncLongjobsApi, LongjobsApi
    from ._apis.management_nodes import AsyncManagementNodesApi, ManagementNodesApi
    from ._apis.media import AsyncMediaApi, MediaApi
    from ._apis.meta_data import AsyncMetaDataApi, MetaDataApi
    from ._apis.mini_clusters import AsyncMiniClustersApi, MiniClustersApi
    from ._apis.monitoring import AsyncMonitoringApi, MonitoringApi
    from ._apis.mtty_devices import AsyncMttyDevicesApi, MttyDevicesApi
    from ._apis.multicast import AsyncMulticastApi, MulticastApi
    from ._apis.nas import AsyncNasApi, NasApi
    from ._apis.network_services import AsyncNetworkServicesApi, NetworkServicesApi
    from ._apis.nfvinstgroup import AsyncNfvinstgroupApi, NfvinstgroupApi
    from ._apis.observability_server import AsyncObservabilityServerApi, ObservabilityServerApi
    from ._apis.password import AsyncPasswordApi, PasswordApi
    from ._apis.pci_device import AsyncPciDeviceApi, PciDeviceApi
    from ._apis.policy_routes import AsyncPolicyRoutesApi, PolicyRoutesApi
    from ._apis.port_forwarding import AsyncPortForwardingApi, PortForwardingApi
    from ._apis.port_mirrors import AsyncPortMirrorsApi, PortMirrorsApi
    from ._apis.primary_storage import AsyncPrimaryStorageApi, PrimaryStorageApi
    from ._apis.primary_storage_block import AsyncPrimaryStorageBlockApi, PrimaryStorageBlockApi
    from ._apis.primary_storage_ceph import AsyncPrimaryStorageCephApi, PrimaryStorageCephApi
    from ._apis.primary_storage_local_storage import (
        AsyncPrimaryStorageLocalStorageApi,
        PrimaryStorageLocalStorageApi,
    )
    from ._apis.primary_storage_nfs import AsyncPrimaryStorageNfsApi, PrimaryStorageNfsApi
    from ._apis.primary_storage_sharedblockgroup import (
        AsyncPrimaryStorageSharedblockgroupApi,
        PrimaryStorageSharedblockgroupApi,
    )
    from ._apis.primary_storage_smp import AsyncPrimaryStorageSmpApi, PrimaryStorageSmpApi
    from ._apis.prometheus import AsyncPrometheusApi, PrometheusApi
    from ._apis.query import AsyncQueryApi, QueryApi
    from ._apis.resource_configurations import (
        AsyncResourceConfigurationsApi,
        ResourceConfigurationsApi,
    )
    from ._apis.routerarea import AsyncRouterareaApi, RouterareaApi
    from ._apis.scheduler import AsyncSchedulerApi, SchedulerApi
    from ._apis.scheduler_jobs import AsyncSchedulerJobsApi, SchedulerJobsApi
    from ._apis.scripts import AsyncScriptsApi, ScriptsApi
    from ._apis.search import AsyncSearchApi, SearchApi
    from ._apis.secret_resource_pool import AsyncSecretResourcePoolApi, SecretResourcePoolApi
    from ._apis.secret_resource_pool_token import (
        AsyncSecretResourcePoolTokenApi,
        SecretResourcePoolTokenApi,
    )
    from ._apis.secret_resource_pools import AsyncSecretResourcePoolsApi, SecretResourcePoolsApi
    from ._apis.security_groups import AsyncSecurityGroupsApi, SecurityGroupsApi
    from ._apis.security_machine import AsyncSecurityMachineApi, SecurityMachineApi
    from ._apis.security_machines import AsyncSecurityMachinesApi, SecurityMachinesApi
    from ._apis.snmp import AsyncSnmpApi, SnmpApi
    from ._apis.sns import AsyncSnsApi, SnsApi
    from ._apis.ssh_key_pair import AsyncSshKeyPairApi, SshKeyPairApi
    from ._apis.start import AsyncStartApi, StartApi
    from ._apis.storage_devices import AsyncStorageDevicesApi, StorageDevicesApi
    from ._apis.storage_devices_fiber_channel import (
        AsyncStorageDevicesFiberChannelApi,
        StorageDevicesFiberChannelApi,
    )
    from ._apis.storage_devices_nvme import AsyncStorageDevicesNvmeApi, StorageDevicesNvmeApi
    from ._apis.storage_devices_scsi_lun import (
        AsyncStorageDevicesScsiLunApi,
        StorageDevicesScsiLunApi,
    )
    from ._apis.tags import AsyncTagsApi, TagsApi
    from ._apis.task_progresses import AsyncTaskProgressesApi, TaskProgressesApi
    from ._apis.template_configurations import (
        AsyncTemplateConfigurationsApi,
        TemplateConfigurationsApi,
    )
    from ._apis.tickets import AsyncTicketsApi, TicketsApi
    from ._apis.token import AsyncTokenApi, TokenApi
    from ._apis.usb_device import AsyncUsbDeviceApi, UsbDeviceApi
    from ._apis.v2v import AsyncV2vApi, V2vApi
    from ._apis.v2v_conversion_hosts import AsyncV2vConversionHostsApi, V2vConversionHostsApi
    from ._apis.vcenters import AsyncVcentersApi, VcentersApi
    from ._apis.vips import AsyncVipsApi, VipsApi
    from ._apis.vm_instances import AsyncVmInstancesApi, VmInstancesApi
    from ._apis.vm_instances_actions import AsyncVmInstancesActionsApi, VmInstancesActionsApi
    from ._apis.vm_instances_nics import AsyncVmInstancesNicsApi, VmInstancesNicsApi
    from ._apis.vm_instances_xml_hook_script import (
        AsyncVmInstancesXmlHookScriptApi,
        VmInstancesXmlHookScriptApi,
    )
    from ._apis.vm_priority_config import AsyncVmPriorityConfigApi, VmPriorityConfigApi
    from ._apis.vminstance import AsyncVminstanceApi, VminstanceApi
    from ._apis.volume_snapshots import AsyncVolumeSnapshotsApi, VolumeSnapshotsApi
    from ._apis.volumes import AsyncVolumesApi, VolumesApi
    from ._apis.vpc import AsyncVpcApi, VpcApi
    from ._apis.vpcfirewalls import AsyncVpcfirewallsApi, VpcfirewallsApi
    from ._apis.vrouter_route_tables import AsyncVrouterRouteTablesApi, VrouterRouteTablesApi
    from ._apis.web_hooks import AsyncWebHooksApi, WebHooksApi
    from ._apis.zbox import AsyncZboxApi, ZboxApi
    from ._apis.zones import AsyncZonesApi, ZonesApi
    from ._apis.zops import AsyncZopsApi, ZopsApi
    from ._apis.zql import AsyncZqlApi, ZqlApi
    from ._apis.zwatch import AsyncZwatchApi, ZwatchApi
    from ._apis.zwatch_alarms import AsyncZwatchAlarmsApi, ZwatchAlarmsApi
    from ._apis.zwatch_audits import AsyncZwatchAuditsApi, ZwatchAuditsApi
    from ._apis.zwatch_event_records import AsyncZwatchEventRecordsApi, ZwatchEventRecordsApi
    from ._apis.zwatch_events import AsyncZwatchEventsApi, ZwatchEventsApi
    from ._apis.zwatch_metrics import AsyncZwatchMetricsApi, ZwatchMetricsApi
    from ._apis.zwatch_mn import AsyncZwatchMnApi, ZwatchMnApi

__all__ = ["AsyncZStackClient", "ZStackClient"]


class ZStackClient(SyncAPIClient):
    """Blocking ZStack client (a context manager).

    ``ZStackClient(base_url, *, session_id=None, access_key_id=None,
    access_key_secret=None, timeout=30.0, poll_timeout=600.0, max_retries=2,
    server_version=None, max_response_bytes=256 MiB, auto_renew=True,
    verify=True, cert=None, headers=None, transport=None, http_client=None)``.
    Log in with ``login()`` (or any login API) unless a session id or an access key
    is given. APIs live in one attribute per resource (``client.zones``,
    ``client.vm_instances``...); ``request()`` reaches any other route."""

    sdk_version = __version__
    assumed_server_version = SERVER_VERSION

    @property
    def accesskeys(self) -> AccesskeysApi:
        """accesskeys: 4 APIs (ChangeAccessKeyState, CreateAccessKey, DeleteAccessKey, ...)."""
        return cast("AccesskeysApi", self._namespace("accesskeys", "AccesskeysApi"))

    @property
    def accounts(self) -> AccountsApi:
        """accounts: 45 APIs (AddUserToGroup, AttachPoliciesToUser, AttachPolicyToUser, ...)."""
        return cast("AccountsApi", self._namespace("accounts", "AccountsApi"))

    @property
    def affinity_groups(self) -> AffinityGroupsApi:
        """affinity-groups: 10 APIs (AddVmToAffinityGroup, ChangeAffinityGroupState, CreateAffinityGroup, ...)."""
        return cast("AffinityGroupsApi", self._namespace("affinity_groups", "AffinityGroupsApi"))

    @property
    def agent_version(self) -> AgentVersionApi:
        """agent-version: 1 APIs (QueryAgentVersion)."""
        return cast("AgentVersionApi", self._namespace("agent_version", "AgentVersionApi"))

    @property
    def aliyun(self) -> AliyunApi:
        """aliyun: 4 APIs (AddAliyunPanguPartition, DeleteAliyunPanguPartition, QueryAliyunPanguPartition, ...)."""
        return cast("AliyunApi", self._namespace("aliyun", "AliyunApi"))

    @property
    def aliyun_proxy(self) -> AliyunProxyApi:
        """aliyun-proxy: 8 APIs (CreateAliyunProxyVSwitch, CreateAliyunProxyVpc, DeleteAliyunProxyVSwitch, ...)."""
        return cast("AliyunProxyApi", self._namespace("aliyun_proxy", "AliyunProxyApi"))

    @property
    def appcenter(self) -> AppcenterApi:
        """appcenter: 22 APIs (AddAppBuildSystem, AddBuildApp, ChangeAppBuildSystemState, ...)."""
        return cast("AppcenterApi", self._namespace("appcenter", "AppcenterApi"))

    @property
    def autoscaling(self) -> AutoscalingApi:
        """autoscaling: 27 APIs (AttachAutoScalingTemplateToGroup, ChangeAutoScalingGroupState, CreateAutoScalingGroup, ...)."""
        return cast("AutoscalingApi", self._namespace("autoscaling", "AutoscalingApi"))

    @property
    def backup_storage(self) -> BackupStorageApi:
        """backup-storage: 29 APIs (AddAliyunEbsBackupStorage, AddDisasterImageStoreBackupStorage, AddExternalBackupStorage, ...)."""
        return cast("BackupStorageApi", self._namespace("backup_storage", "BackupStorageApi"))

    @property
    def backup_storage_ceph(self) -> BackupStorageCephApi:
        """backup-storage-ceph: 5 APIs (AddCephBackupStorage, AddMonToCephBackupStorage, QueryCephBackupStorage, ...)."""
        return cast(
            "BackupStorageCephApi", self._namespace("backup_storage_ceph", "BackupStorageCephApi")
        )

    @property
    def backup_storage_image_store(self) -> BackupStorageImageStoreApi:
        """backup-storage-image-store: 5 APIs (AddImageStoreBackupStorage, QueryImageStoreBackupStorage, ReclaimSpaceFromImageStore, ...)."""
        return cast(
            "BackupStorageImageStoreApi",
            self._namespace("backup_storage_image_store", "BackupStorageImageStoreApi"),
        )

    @property
    def backupstorage_l3networks(self) -> BackupstorageL3networksApi:
        """backupstorage-l3networks: 1 APIs (GetInterdependentL3NetworksBackupStorages)."""
        return cast(
            "BackupstorageL3networksApi",
            self._namespace("backupstorage_l3networks", "BackupstorageL3networksApi"),
        )

    @property
    def baremetal(self) -> BaremetalApi:
        """baremetal: 29 APIs (AddPreconfigurationTemplate, BatchCreateBaremetalChassis, ChangeBaremetalChassisState, ...)."""
        return cast("BaremetalApi", self._namespace("baremetal", "BaremetalApi"))

    @property
    def baremetal2(self) -> Baremetal2Api:
        """baremetal2: 61 APIs (AddBareMetal2Gateway, AddBareMetal2IpmiChassis, AttachBareMetal2GatewayToCluster, ...)."""
        return cast("Baremetal2Api", self._namespace("baremetal2", "Baremetal2Api"))

    @property
    def baremetal_pxeservers(self) -> BaremetalPxeserversApi:
        """baremetal-pxeservers: 9 APIs (AttachBaremetalPxeServerToCluster, CreateBaremetalPxeServer, DeleteBaremetalPxeServer, ...)."""
        return cast(
            "BaremetalPxeserversApi",
            self._namespace("baremetal_pxeservers", "BaremetalPxeserversApi"),
        )

    @property
    def batch_queries(self) -> BatchQueriesApi:
        """batch-queries: 1 APIs (BatchQuery)."""
        return cast("BatchQueriesApi", self._namespace("batch_queries", "BatchQueriesApi"))

    @property
    def billings(self) -> BillingsApi:
        """billings: 23 APIs (AttachPriceTableToAccount, CalculateAccountBillingSpending, CalculateAccountSpending, ...)."""
        return cast("BillingsApi", self._namespace("billings", "BillingsApi"))

    @property
    def buildapp(self) -> BuildappApi:
        """buildapp: 1 APIs (DeleteBuildAppExportHistory)."""
        return cast("BuildappApi", self._namespace("buildapp", "BuildappApi"))

    @property
    def cas(self) -> CasApi:
        """cas: 1 APIs (LoginByCas)."""
        return cast("CasApi", self._namespace("cas", "CasApi"))

    @property
    def cbt_task(self) -> CbtTaskApi:
        """cbt-task: 7 APIs (CreateCbtTask, DeleteCbtTask, DisableCbtTask, ...)."""
        return cast("CbtTaskApi", self._namespace("cbt_task", "CbtTaskApi"))

    @property
    def cdp_backup_storage(self) -> CdpBackupStorageApi:
        """cdp-backup-storage: 22 APIs (CreateCdpPolicy, CreateCdpTask, CreateVmFromCdpBackup, ...)."""
        return cast(
            "CdpBackupStorageApi", self._namespace("cdp_backup_storage", "CdpBackupStorageApi")
        )

    @property
    def check(self) -> CheckApi:
        """check: 1 APIs (CheckBatchDataIntegrity)."""
        return cast("CheckApi", self._namespace("check", "CheckApi"))

    @property
    def clean(self) -> CleanApi:
        """clean: 1 APIs (CleanQueue)."""
        return cast("CleanApi", self._namespace("clean", "CleanApi"))

    @property
    def cloudformation(self) -> CloudformationApi:
        """cloudformation: 19 APIs (AddResourceStackVmPortMonitor, AddStackTemplate, CheckStackTemplateParameters, ...)."""
        return cast("CloudformationApi", self._namespace("cloudformation", "CloudformationApi"))

    @property
    def clusters(self) -> ClustersApi:
        """clusters: 18 APIs (ApplyDRSAdvice, AttachNvmeServerToCluster, ChangeClusterState, ...)."""
        return cast("ClustersApi", self._namespace("clusters", "ClustersApi"))

    @property
    def consoles(self) -> ConsolesApi:
        """consoles: 4 APIs (QueryConsoleProxyAgent, ReconnectConsoleProxyAgent, RequestConsoleAccess, ...)."""
        return cast("ConsolesApi", self._namespace("consoles", "ConsolesApi"))

    @property
    def core(self) -> CoreApi:
        """core: 1 APIs (GetChainTask)."""
        return cast("CoreApi", self._namespace("core", "CoreApi"))

    @property
    def create(self) -> CreateApi:
        """create: 18 APIs (CleanInvalidLdapIAM2Binding, CreateCasClient, CreateIAM2VirtualIDFromLdapUid, ...)."""
        return cast("CreateApi", self._namespace("create", "CreateApi"))

    @property
    def crypto(self) -> CryptoApi:
        """crypto: 6 APIs (AddCCSCertificate, AttachCCSCertificateToUser, DeleteCCSCertificate, ...)."""
        return cast("CryptoApi", self._namespace("crypto", "CryptoApi"))

    @property
    def debug(self) -> DebugApi:
        """debug: 2 APIs (DebugSignal, GetDebugSignal)."""
        return cast("DebugApi", self._namespace("debug", "DebugApi"))

    @property
    def disk_offerings(self) -> DiskOfferingsApi:
        """disk-offerings: 5 APIs (ChangeDiskOfferingState, CreateDiskOffering, DeleteDiskOffering, ...)."""
        return cast("DiskOfferingsApi", self._namespace("disk_offerings", "DiskOfferingsApi"))

    @property
    def eips(self) -> EipsApi:
        """eips: 9 APIs (AttachEip, ChangeEipState, CreateEip, ...)."""
        return cast("EipsApi", self._namespace("eips", "EipsApi"))

    @property
    def encrypted(self) -> EncryptedApi:
        """encrypted: 1 APIs (GetEncryptedField)."""
        return cast("EncryptedApi", self._namespace("encrypted", "EncryptedApi"))

    @property
    def errorcode(self) -> ErrorcodeApi:
        """errorcode: 4 APIs (CheckElaborationContent, GetElaborationCategories, GetElaborations, ...)."""
        return cast("ErrorcodeApi", self._namespace("errorcode", "ErrorcodeApi"))

    @property
    def eventlogs(self) -> EventlogsApi:
        """eventlogs: 1 APIs (QueryEventLog)."""
        return cast("EventlogsApi", self._namespace("eventlogs", "EventlogsApi"))

    @property
    def expon(self) -> ExponApi:
        """expon: 1 APIs (QueryExponBlockVolume)."""
        return cast("ExponApi", self._namespace("expon", "ExponApi"))

    @property
    def external(self) -> ExternalApi:
        """external: 4 APIs (DeletePluginDrivers, GetExternalServices, RefreshPluginDrivers, ...)."""
        return cast("ExternalApi", self._namespace("external", "ExternalApi"))

    @property
    def externalbackup(self) -> ExternalbackupApi:
        """externalbackup: 5 APIs (CreateZBoxBackup, DeleteExternalBackup, GetZBoxBackupDetails, ...)."""
        return cast("ExternalbackupApi", self._namespace("externalbackup", "ExternalbackupApi"))

    @property
    def flowmeters(self) -> FlowmetersApi:
        """flowmeters: 14 APIs (AddVRouterNetworksToFlowMeter, CreateFlowCollector, CreateFlowMeter, ...)."""
        return cast("FlowmetersApi", self._namespace("flowmeters", "FlowmetersApi"))

    @property
    def gc_jobs(self) -> GcJobsApi:
        """gc-jobs: 3 APIs (DeleteGCJob, QueryGCJob, TriggerGCJob)."""
        return cast("GcJobsApi", self._namespace("gc_jobs", "GcJobsApi"))

    @property
    def global_configurations(self) -> GlobalConfigurationsApi:
        """global-configurations: 4 APIs (GetGlobalConfigOptions, QueryGlobalConfig, ResetGlobalConfig, ...)."""
        return cast(
            "GlobalConfigurationsApi",
            self._namespace("global_configurations", "GlobalConfigurationsApi"),
        )

    @property
    def gpu_device(self) -> GpuDeviceApi:
        """gpu-device: 1 APIs (QueryGpuDevice)."""
        return cast("GpuDeviceApi", self._namespace("gpu_device", "GpuDeviceApi"))

    @property
    def guest_os(self) -> GuestOsApi:
        """guest-os: 2 APIs (GetGuestOsMetadata, RefreshGuestOsMetadata)."""
        return cast("GuestOsApi", self._namespace("guest_os", "GuestOsApi"))

    @property
    def ha_strategy_condition(self) -> HaStrategyConditionApi:
        """ha-strategy-condition: 1 APIs (UpdateHaStrategyCondition)."""
        return cast(
            "HaStrategyConditionApi",
            self._namespace("ha_strategy_condition", "HaStrategyConditionApi"),
        )

    @property
    def hosts(self) -> HostsApi:
        """hosts: 55 APIs (AddKVMHost, AddKVMHostFromConfigFile, AddSimulatorHost, ...)."""
        return cast("HostsApi", self._namespace("hosts", "HostsApi"))

    @property
    def hosts_capacities(self) -> HostsCapacitiesApi:
        """hosts-capacities: 1 APIs (GetCpuMemoryCapacity)."""
        return cast("HostsCapacitiesApi", self._namespace("hosts_capacities", "HostsCapacitiesApi"))

    @property
    def hosts_service_types(self) -> HostsServiceTypesApi:
        """hosts-service-types: 3 APIs (CreateHostNetworkServiceType, DeleteHostNetworkServiceType, UpdateHostNetworkServiceType)."""
        return cast(
            "HostsServiceTypesApi", self._namespace("hosts_service_types", "HostsServiceTypesApi")
        )

    @property
    def hostschedulingrulegroup(self) -> HostschedulingrulegroupApi:
        """hostschedulingrulegroup: 16 APIs (AddHostToHostSchedulingRuleGroup, AddVmToVmSchedulingRuleGroup, ChangeVmSchedulingRuleState, ...)."""
        return cast(
            "HostschedulingrulegroupApi",
            self._namespace("hostschedulingrulegroup", "HostschedulingrulegroupApi"),
        )

    @property
    def hybrid(self) -> HybridApi:
        """hybrid: 157 APIs (AddAliyunKeySecret, AddConnectionAccessPointFromRemote, AddDataCenterFromRemote, ...)."""
        return cast("HybridApi", self._namespace("hybrid", "HybridApi"))

    @property
    def hygon_devices(self) -> HygonDevicesApi:
        """hygon-devices: 3 APIs (GenerateHygonMdevDevices, SetVmInstanceHygonMdev, UngenerateHygonMdevDevices)."""
        return cast("HygonDevicesApi", self._namespace("hygon_devices", "HygonDevicesApi"))

    @property
    def iam2(self) -> Iam2Api:
        """iam2: 71 APIs (AddAttributesToIAM2Organization, AddAttributesToIAM2Project, AddAttributesToIAM2VirtualIDGroup, ...)."""
        return cast("Iam2Api", self._namespace("iam2", "Iam2Api"))

    @property
    def iam2_organizations(self) -> Iam2OrganizationsApi:
        """iam2-organizations: 27 APIs (AddAttributesToIAM2VirtualID, AddIAM2VirtualIDsToOrganization, AttachIAM2ProjectToIAM2Organization, ...)."""
        return cast(
            "Iam2OrganizationsApi", self._namespace("iam2_organizations", "Iam2OrganizationsApi")
        )

    @property
    def identity_models(self) -> IdentityModelsApi:
        """identity-models: 1 APIs (GetSupportedIdentityModels)."""
        return cast("IdentityModelsApi", self._namespace("identity_models", "IdentityModelsApi"))

    @property
    def image_replication_groups(self) -> ImageReplicationGroupsApi:
        """image-replication-groups: 4 APIs (AddBackupStoragesToReplicationGroup, CreateImageReplicationGroup, DeleteImageReplicationGroup, ...)."""
        return cast(
            "ImageReplicationGroupsApi",
            self._namespace("image_replication_groups", "ImageReplicationGroupsApi"),
        )

    @property
    def images(self) -> ImagesApi:
        """images: 25 APIs (AddImage, CalculateImageHash, ChangeImageState, ...)."""
        return cast("ImagesApi", self._namespace("images", "ImagesApi"))

    @property
    def instance_offerings(self) -> InstanceOfferingsApi:
        """instance-offerings: 7 APIs (CreateVirtualRouterOffering, GetAttachablePublicL3ForVRouter, QueryApplianceVm, ...)."""
        return cast(
            "InstanceOfferingsApi", self._namespace("instance_offerings", "InstanceOfferingsApi")
        )

    @property
    def instance_offerings_actions(self) -> InstanceOfferingsActionsApi:
        """instance-offerings-actions: 6 APIs (ChangeInstanceOffering, ChangeInstanceOfferingState, CreateInstanceOffering, ...)."""
        return cast(
            "InstanceOfferingsActionsApi",
            self._namespace("instance_offerings_actions", "InstanceOfferingsActionsApi"),
        )

    @property
    def integrity(self) -> IntegrityApi:
        """integrity: 1 APIs (AddIntegrityResource)."""
        return cast("IntegrityApi", self._namespace("integrity", "IntegrityApi"))

    @property
    def ipsec(self) -> IpsecApi:
        """ipsec: 12 APIs (AddRemoteCidrsToIPsecConnection, AttachL3NetworksToIPsecConnection, ChangeIPSecConnectionState, ...)."""
        return cast("IpsecApi", self._namespace("ipsec", "IpsecApi"))

    @property
    def l2_networks(self) -> L2NetworksApi:
        """l2-networks: 24 APIs (ChangeL2NetworkVlanId, CreateL2HardwareVxlanNetwork, CreateL2HardwareVxlanNetworkPool, ...)."""
        return cast("L2NetworksApi", self._namespace("l2_networks", "L2NetworksApi"))

    @property
    def l2_networks_vxlan_pool(self) -> L2NetworksVxlanPoolApi:
        """l2-networks-vxlan-pool: 8 APIs (AttachL2NetworkToCluster, CreateVniRange, DeleteVniRange, ...)."""
        return cast(
            "L2NetworksVxlanPoolApi",
            self._namespace("l2_networks_vxlan_pool", "L2NetworksVxlanPoolApi"),
        )

    @property
    def l3_networks(self) -> L3NetworksApi:
        """l3-networks: 34 APIs (AddDnsToL3Network, AddHostRouteToL3Network, AddIpRange, ...)."""
        return cast("L3NetworksApi", self._namespace("l3_networks", "L3NetworksApi"))

    @property
    def ldap(self) -> LdapApi:
        """ldap: 12 APIs (AddLdapServer, CleanInvalidLdapBinding, CreateLdapBinding, ...)."""
        return cast("LdapApi", self._namespace("ldap", "LdapApi"))

    @property
    def licenses(self) -> LicensesApi:
        """licenses: 10 APIs (DeleteLicense, GetLicenseAddOns, GetLicenseCapabilities, ...)."""
        return cast("LicensesApi", self._namespace("licenses", "LicensesApi"))

    @property
    def list(self) -> ListApi:
        """list: 2 APIs (ListVmSchedulingRulesFromExecuteState, ListVmsFromSchedulingState)."""
        return cast("ListApi", self._namespace("list", "ListApi"))

    @property
    def load_balancers(self) -> LoadBalancersApi:
        """load-balancers: 55 APIs (AddAccessControlListEntry, AddAccessControlListRedirectRule, AddAccessControlListToLoadBalancer, ...)."""
        return cast("LoadBalancersApi", self._namespace("load_balancers", "LoadBalancersApi"))

    @property
    def log(self) -> LogApi:
        """log: 8 APIs (AddLogConfiguration, AddLogServer, DeleteLogConfiguration, ...)."""
        return cast("LogApi", self._namespace("log", "LogApi"))

    @property
    def login_control(self) -> LoginControlApi:
        """login-control: 8 APIs (AddAccessControlRule, DeleteAccessControlRule, GetLoginCaptcha, ...)."""
        return cast("LoginControlApi", self._namespace("login_control", "LoginControlApi"))

    @property
    def longjobs(self) -> LongjobsApi:
        """longjobs: 8 APIs (CancelLongJob, CleanLongJob, DeleteLongJob, ...)."""
        return cast("LongjobsApi", self._namespace("longjobs", "LongjobsApi"))

    @property
    def management_nodes(self) -> ManagementNodesApi:
        """management-nodes: 10 APIs (GetCurrentTime, GetFactoryModeState, GetManagementNodeArch, ...)."""
        return cast("ManagementNodesApi", self._namespace("management_nodes", "ManagementNodesApi"))

    @property
    def media(self) -> MediaApi:
        """media: 6 APIs (ChangeMediaState, CreateEmailMedia, DeleteMedia, ...)."""
        return cast("MediaApi", self._namespace("media", "MediaApi"))

    @property
    def meta_data(self) -> MetaDataApi:
        """meta-data: 1 APIs (IsOpensourceVersion)."""
        return cast("MetaDataApi", self._namespace("meta_data", "MetaDataApi"))

    @property
    def mini_clusters(self) -> MiniClustersApi:
        """mini-clusters: 3 APIs (BootstrapMiniHost, CreateMiniCluster, GetCandidateMiniHosts)."""
        return cast("MiniClustersApi", self._namespace("mini_clusters", "MiniClustersApi"))

    @property
    def monitoring(self) -> MonitoringApi:
        """monitoring: 16 APIs (AttachMonitorTriggerActionToTrigger, ChangeMonitorTriggerActionState, ChangeMonitorTriggerState, ...)."""
        return cast("MonitoringApi", self._namespace("monitoring", "MonitoringApi"))

    @property
    def mtty_devices(self) -> MttyDevicesApi:
        """mtty-devices: 4 APIs (DeleteMdevDevice, GenerateSeMdevDevices, QueryMttyDevice, ...)."""
        return cast("MttyDevicesApi", self._namespace("mtty_devices", "MttyDevicesApi"))

    @property
    def multicast(self) -> MulticastApi:
        """multicast: 7 APIs (AddRendezvousPointToMulticastRouter, ChangeMulticastRouterState, CreateMulticastRouter, ...)."""
        return cast("MulticastApi", self._namespace("multicast", "MulticastApi"))

    @property
    def nas(self) -> NasApi:
        """nas: 15 APIs (AddAliyunNasAccessGroup, AddAliyunNasFileSystem, AddAliyunNasMountTarget, ...)."""
        return cast("NasApi", self._namespace("nas", "NasApi"))

    @property
    def network_services(self) -> NetworkServicesApi:
        """network-services: 5 APIs (AttachNetworkServiceToL3Network, DetachNetworkServiceFromL3Network, GetNetworkServiceTypes, ...)."""
        return cast("NetworkServicesApi", self._namespace("network_services", "NetworkServicesApi"))

    @property
    def nfvinstgroup(self) -> NfvinstgroupApi:
        """nfvinstgroup: 34 APIs (AddL3NetworkToGroup, AddSdnController, AttachNfvInstToGroup, ...)."""
        return cast("NfvinstgroupApi", self._namespace("nfvinstgroup", "NfvinstgroupApi"))

    @property
    def observability_server(self) -> ObservabilityServerApi:
        """observability-server: 5 APIs (AttachServiceToObservabilityServer, CreateObservabilityServer, CreateObservabilityServerOffering, ...)."""
        return cast(
            "ObservabilityServerApi",
            self._namespace("observability_server", "ObservabilityServerApi"),
        )

    @property
    def password(self) -> PasswordApi:
        """password: 1 APIs (ValidatePassword)."""
        return cast("PasswordApi", self._namespace("password", "PasswordApi"))

    @property
    def pci_device(self) -> PciDeviceApi:
        """pci-device: 36 APIs (AddMdevDeviceSpecToVmInstance, AddPciDeviceSpecToVmInstance, AttachMdevDeviceToVm, ...)."""
        return cast("PciDeviceApi", self._namespace("pci_device", "PciDeviceApi"))

    @property
    def policy_routes(self) -> PolicyRoutesApi:
        """policy-routes: 19 APIs (AttachPolicyRouteRuleSetToL3, CreatePolicyRouteRule, CreatePolicyRouteRuleSet, ...)."""
        return cast("PolicyRoutesApi", self._namespace("policy_routes", "PolicyRoutesApi"))

    @property
    def port_forwarding(self) -> PortForwardingApi:
        """port-forwarding: 8 APIs (AttachPortForwardingRule, ChangePortForwardingRuleState, CreatePortForwardingRule, ...)."""
        return cast("PortForwardingApi", self._namespace("port_forwarding", "PortForwardingApi"))

    @property
    def port_mirrors(self) -> PortMirrorsApi:
        """port-mirrors: 10 APIs (ChangePortMirrorState, CreatePortMirror, CreatePortMirrorSession, ...)."""
        return cast("PortMirrorsApi", self._namespace("port_mirrors", "PortMirrorsApi"))

    @property
    def primary_storage(self) -> PrimaryStorageApi:
        """primary-storage: 44 APIs (AddAliyunEbsPrimaryStorage, AddAliyunNasPrimaryStorage, AddExternalPrimaryStorage, ...)."""
        return cast("PrimaryStorageApi", self._namespace("primary_storage", "PrimaryStorageApi"))

    @property
    def primary_storage_block(self) -> PrimaryStorageBlockApi:
        """primary-storage-block: 4 APIs (AddBlockPrimaryStorage, GetBlockPrimaryStorageMetadata, QueryBlockPrimaryStorage, ...)."""
        return cast(
            "PrimaryStorageBlockApi",
            self._namespace("primary_storage_block", "PrimaryStorageBlockApi"),
        )

    @property
    def primary_storage_ceph(self) -> PrimaryStorageCephApi:
        """primary-storage-ceph: 10 APIs (AddCephPrimaryStorage, AddCephPrimaryStoragePool, AddMonToCephPrimaryStorage, ...)."""
        return cast(
            "PrimaryStorageCephApi",
            self._namespace("primary_storage_ceph", "PrimaryStorageCephApi"),
        )

    @property
    def primary_storage_local_storage(self) -> PrimaryStorageLocalStorageApi:
        """primary-storage-local-storage: 5 APIs (AddLocalPrimaryStorage, GetLocalStorageHostDiskCapacity, LocalStorageGetVolumeMigratableHosts, ...)."""
        return cast(
            "PrimaryStorageLocalStorageApi",
            self._namespace("primary_storage_local_storage", "PrimaryStorageLocalStorageApi"),
        )

    @property
    def primary_storage_nfs(self) -> PrimaryStorageNfsApi:
        """primary-storage-nfs: 1 APIs (AddNfsPrimaryStorage)."""
        return cast(
            "PrimaryStorageNfsApi", self._namespace("primary_storage_nfs", "PrimaryStorageNfsApi")
        )

    @property
    def primary_storage_sharedblockgroup(self) -> PrimaryStorageSharedblockgroupApi:
        """primary-storage-sharedblockgroup: 7 APIs (AddSharedBlockGroupPrimaryStorage, AddSharedBlockToSharedBlockGroup, GetSharedBlockCandidate, ...)."""
        return cast(
            "PrimaryStorageSharedblockgroupApi",
            self._namespace(
                "primary_storage_sharedblockgroup", "PrimaryStorageSharedblockgroupApi"
            ),
        )

    @property
    def primary_storage_smp(self) -> PrimaryStorageSmpApi:
        """primary-storage-smp: 1 APIs (AddSharedMountPointPrimaryStorage)."""
        return cast(
            "PrimaryStorageSmpApi", self._namespace("primary_storage_smp", "PrimaryStorageSmpApi")
        )

    @property
    def prometheus(self) -> PrometheusApi:
        """prometheus: 4 APIs (PrometheusQueryLabelValues, PrometheusQueryMetadata, PrometheusQueryPassThrough, ...)."""
        return cast("PrometheusApi", self._namespace("prometheus", "PrometheusApi"))

    @property
    def query(self) -> QueryApi:
        """query: 3 APIs (QueryHostSchedulingRuleGroup, QueryVmSchedulingRule, QueryVmSchedulingRuleGroup)."""
        return cast("QueryApi", self._namespace("query", "QueryApi"))

    @property
    def resource_configurations(self) -> ResourceConfigurationsApi:
        """resource-configurations: 7 APIs (DeleteResourceConfig, GetResourceBindableConfig, GetResourceConfig, ...)."""
        return cast(
            "ResourceConfigurationsApi",
            self._namespace("resource_configurations", "ResourceConfigurationsApi"),
        )

    @property
    def routerarea(self) -> RouterareaApi:
        """routerarea: 10 APIs (AddVRouterNetworksToOspfArea, CreateVRouterOspfArea, DeleteVRouterOspfArea, ...)."""
        return cast("RouterareaApi", self._namespace("routerarea", "RouterareaApi"))

    @property
    def scheduler(self) -> SchedulerApi:
        """scheduler: 38 APIs (AddSchedulerJobGroupToSchedulerTrigger, AddSchedulerJobsToSchedulerJobGroup, CreateDataVolumeTemplateFromVolumeBackup, ...)."""
        return cast("SchedulerApi", self._namespace("scheduler", "SchedulerApi"))

    @property
    def scheduler_jobs(self) -> SchedulerJobsApi:
        """scheduler-jobs: 12 APIs (AddSchedulerJobToSchedulerTrigger, ChangeSchedulerState, CreateSchedulerJob, ...)."""
        return cast("SchedulerJobsApi", self._namespace("scheduler_jobs", "SchedulerJobsApi"))

    @property
    def scripts(self) -> ScriptsApi:
        """scripts: 7 APIs (CreateGuestVmScript, DeleteGuestVmScript, ExecuteGuestVmScript, ...)."""
        return cast("ScriptsApi", self._namespace("scripts", "ScriptsApi"))

    @property
    def search(self) -> SearchApi:
        """search: 1 APIs (RefreshSearchIndexes)."""
        return cast("SearchApi", self._namespace("search", "SearchApi"))

    @property
    def secret_resource_pool(self) -> SecretResourcePoolApi:
        """secret-resource-pool: 10 APIs (CreateAiSiNoSecretResourcePool, CreateCSPSecretResourcePool, CreateFiSecSecretResourcePool, ...)."""
        return cast(
            "SecretResourcePoolApi",
            self._namespace("secret_resource_pool", "SecretResourcePoolApi"),
        )

    @property
    def secret_resource_pool_token(self) -> SecretResourcePoolTokenApi:
        """secret-resource-pool-token: 2 APIs (GetSignatureServerEncryptPublicKey, SetSecurityMachineKey)."""
        return cast(
            "SecretResourcePoolTokenApi",
            self._namespace("secret_resource_pool_token", "SecretResourcePoolTokenApi"),
        )

    @property
    def secret_resource_pools(self) -> SecretResourcePoolsApi:
        """secret-resource-pools: 7 APIs (ChangeSecretResourcePoolState, QuerySecretResourcePool, UpdateCSPSecretResourcePool, ...)."""
        return cast(
            "SecretResourcePoolsApi",
            self._namespace("secret_resource_pools", "SecretResourcePoolsApi"),
        )

    @property
    def security_groups(self) -> SecurityGroupsApi:
        """security-groups: 20 APIs (AddSecurityGroupRule, AddVmNicToSecurityGroup, AttachSecurityGroupToL3Network, ...)."""
        return cast("SecurityGroupsApi", self._namespace("security_groups", "SecurityGroupsApi"))

    @property
    def security_machine(self) -> SecurityMachineApi:
        """security-machine: 7 APIs (AddFiSecSecurityMachine, AddFlkSecSecurityMachine, AddInfoSecSecurityMachine, ...)."""
        return cast("SecurityMachineApi", self._namespace("security_machine", "SecurityMachineApi"))

    @property
    def security_machines(self) -> SecurityMachinesApi:
        """security-machines: 9 APIs (ChangeSecurityMachineState, DeleteSecurityMachine, QuerySecurityMachine, ...)."""
        return cast(
            "SecurityMachinesApi", self._namespace("security_machines", "SecurityMachinesApi")
        )

    @property
    def snmp(self) -> SnmpApi:
        """snmp: 5 APIs (CreateSnmpAgent, QuerySnmpAgent, StartSnmpAgent, ...)."""
        return cast("SnmpApi", self._namespace("snmp", "SnmpApi"))

    @property
    def sns(self) -> SnsApi:
        """sns: 72 APIs (AddEmailAddressToSNSEmailEndpoint, AddSNSDingTalkAtPerson, AddSNSFeiShuAtPerson, ...)."""
        return cast("SnsApi", self._namespace("sns", "SnsApi"))

    @property
    def ssh_key_pair(self) -> SshKeyPairApi:
        """ssh-key-pair: 7 APIs (AttachSshKeyPairToVmInstance, CreateSshKeyPair, DeleteSshKeyPair, ...)."""
        return cast("SshKeyPairApi", self._namespace("ssh_key_pair", "SshKeyPairApi"))

    @property
    def start(self) -> StartApi:
        """start: 1 APIs (StartDataProtection)."""
        return cast("StartApi", self._namespace("start", "StartApi"))

    @property
    def storage_devices(self) -> StorageDevicesApi:
        """storage-devices: 19 APIs (AddIscsiServer, AddNvmeServer, AttachIscsiServerToCluster, ...)."""
        return cast("StorageDevicesApi", self._namespace("storage_devices", "StorageDevicesApi"))

    @property
    def storage_devices_fiber_channel(self) -> StorageDevicesFiberChannelApi:
        """storage-devices-fiber-channel: 7 APIs (AttachScsiLunToVmInstance, CheckScsiLunClusterStatus, DetachScsiLunFromVmInstance, ...)."""
        return cast(
            "StorageDevicesFiberChannelApi",
            self._namespace("storage_devices_fiber_channel", "StorageDevicesFiberChannelApi"),
        )

    @property
    def storage_devices_nvme(self) -> StorageDevicesNvmeApi:
        """storage-devices-nvme: 3 APIs (QueryNvmeLun, QueryNvmeTarget, RefreshNvmeTarget)."""
        return cast(
            "StorageDevicesNvmeApi",
            self._namespace("storage_devices_nvme", "StorageDevicesNvmeApi"),
        )

    @property
    def storage_devices_scsi_lun(self) -> StorageDevicesScsiLunApi:
        """storage-devices-scsi-lun: 2 APIs (DetachScsiLunFromHost, QueryScsiLun)."""
        return cast(
            "StorageDevicesScsiLunApi",
            self._namespace("storage_devices_scsi_lun", "StorageDevicesScsiLunApi"),
        )

    @property
    def tags(self) -> TagsApi:
        """tags: 12 APIs (AttachTagToResources, CreateSystemTag, CreateSystemTags, ...)."""
        return cast("TagsApi", self._namespace("tags", "TagsApi"))

    @property
    def task_progresses(self) -> TaskProgressesApi:
        """task-progresses: 1 APIs (GetTaskProgress)."""
        return cast("TaskProgressesApi", self._namespace("task_progresses", "TaskProgressesApi"))

    @property
    def template_configurations(self) -> TemplateConfigurationsApi:
        """template-configurations: 6 APIs (ApplyTemplateConfig, QueryGlobalConfigTemplate, QueryTemplateConfig, ...)."""
        return cast(
            "TemplateConfigurationsApi",
            self._namespace("template_configurations", "TemplateConfigurationsApi"),
        )

    @property
    def tickets(self) -> TicketsApi:
        """tickets: 20 APIs (AddIAM2TicketFlow, AddTicketTypesToTicketFlowCollection, ChangeTicketFlowCollectionState, ...)."""
        return cast("TicketsApi", self._namespace("tickets", "TicketsApi"))

    @property
    def token(self) -> TokenApi:
        """token: 1 APIs (TokenIntrospection)."""
        return cast("TokenApi", self._namespace("token", "TokenApi"))

    @property
    def usb_device(self) -> UsbDeviceApi:
        """usb-device: 5 APIs (AttachUsbDeviceToVm, DetachUsbDeviceFromVm, GetUsbDeviceCandidatesForAttachingVm, ...)."""
        return cast("UsbDeviceApi", self._namespace("usb_device", "UsbDeviceApi"))

    @property
    def v2v(self) -> V2vApi:
        """v2v: 2 APIs (CleanV2VConversionCache, ListVMsFromKVMHost)."""
        return cast("V2vApi", self._namespace("v2v", "V2vApi"))

    @property
    def v2v_conversion_hosts(self) -> V2vConversionHostsApi:
        """v2v-conversion-hosts: 6 APIs (AddV2VConversionHost, ChangeV2VConversionHostState, ConvertVmFromForeignHypervisor, ...)."""
        return cast(
            "V2vConversionHostsApi",
            self._namespace("v2v_conversion_hosts", "V2vConversionHostsApi"),
        )

    @property
    def vcenters(self) -> VcentersApi:
        """vcenters: 10 APIs (AddVCenter, DeleteVCenter, QueryVCenter, ...)."""
        return cast("VcentersApi", self._namespace("vcenters", "VcentersApi"))

    @property
    def vips(self) -> VipsApi:
        """vips: 18 APIs (AttachVipToVpcSharedQos, ChangeVipState, ChangeVpcSharedQosBandwidth, ...)."""
        return cast("VipsApi", self._namespace("vips", "VipsApi"))

    @property
    def vm_instances(self) -> VmInstancesApi:
        """vm-instances: 140 APIs (AddResourcesToDirectory, AttachGuestToolsIsoToVm, AttachIsoToVmInstance, ...)."""
        return cast("VmInstancesApi", self._namespace("vm_instances", "VmInstancesApi"))

    @property
    def vm_instances_actions(self) -> VmInstancesActionsApi:
        """vm-instances-actions: 2 APIs (GetVmUsbRedirect, SetVmUsbRedirect)."""
        return cast(
            "VmInstancesActionsApi",
            self._namespace("vm_instances_actions", "VmInstancesActionsApi"),
        )

    @property
    def vm_instances_nics(self) -> VmInstancesNicsApi:
        """vm-instances-nics: 4 APIs (ChangeVfNicHaState, ChangeVmNicType, GetVfPciDeviceAvailableInL2Network, ...)."""
        return cast(
            "VmInstancesNicsApi", self._namespace("vm_instances_nics", "VmInstancesNicsApi")
        )

    @property
    def vm_instances_xml_hook_script(self) -> VmInstancesXmlHookScriptApi:
        """vm-instances-xml-hook-script: 6 APIs (AttachUserDefinedXmlHookScriptToVm, CreateVmUserDefinedXmlHookScript, DetachUserDefinedXmlHookScriptFromVm, ...)."""
        return cast(
            "VmInstancesXmlHookScriptApi",
            self._namespace("vm_instances_xml_hook_script", "VmInstancesXmlHookScriptApi"),
        )

    @property
    def vm_priority_config(self) -> VmPriorityConfigApi:
        """vm-priority-config: 2 APIs (QueryVmPriorityConfig, UpdatePriorityConfig)."""
        return cast(
            "VmPriorityConfigApi", self._namespace("vm_priority_config", "VmPriorityConfigApi")
        )

    @property
    def vminstance(self) -> VminstanceApi:
        """vminstance: 2 APIs (QueryVmInstanceDeviceAddressArchive, QueryVmInstanceDeviceAddressGroup)."""
        return cast("VminstanceApi", self._namespace("vminstance", "VminstanceApi"))

    @property
    def volume_snapshots(self) -> VolumeSnapshotsApi:
        """volume-snapshots: 9 APIs (CheckVolumeSnapshotGroupAvailability, CreateVolumeSnapshotGroup, DeleteVolumeSnapshotGroup, ...)."""
        return cast("VolumeSnapshotsApi", self._namespace("volume_snapshots", "VolumeSnapshotsApi"))

    @property
    def volumes(self) -> VolumesApi:
        """volumes: 38 APIs (AttachDataVolumeToHost, AttachDataVolumeToVm, BatchDeleteVolumeSnapshot, ...)."""
        return cast("VolumesApi", self._namespace("volumes", "VolumesApi"))

    @property
    def vpc(self) -> VpcApi:
        """vpc: 29 APIs (AddDnsToVpcRouter, ChangeVpcHaGroupMonitorIps, CreateVpcHaGroup, ...)."""
        return cast("VpcApi", self._namespace("vpc", "VpcApi"))

    @property
    def vpcfirewalls(self) -> VpcfirewallsApi:
        """vpcfirewalls: 29 APIs (ApplyRuleSetChanges, AttachFirewallRuleSetToL3, ChangeFirewallRuleState, ...)."""
        return cast("VpcfirewallsApi", self._namespace("vpcfirewalls", "VpcfirewallsApi"))

    @property
    def vrouter_route_tables(self) -> VrouterRouteTablesApi:
        """vrouter-route-tables: 11 APIs (AddVRouterRouteEntry, AttachVRouterRouteTableToVRouter, CreateVRouterRouteTable, ...)."""
        return cast(
            "VrouterRouteTablesApi",
            self._namespace("vrouter_route_tables", "VrouterRouteTablesApi"),
        )

    @property
    def web_hooks(self) -> WebHooksApi:
        """web-hooks: 4 APIs (CreateWebhook, DeleteWebhook, QueryWebhook, ...)."""
        return cast("WebHooksApi", self._namespace("web_hooks", "WebHooksApi"))

    @property
    def zbox(self) -> ZboxApi:
        """zbox: 4 APIs (AddZBox, EjectZBox, QueryZBox, ...)."""
        return cast("ZboxApi", self._namespace("zbox", "ZboxApi"))

    @property
    def zones(self) -> ZonesApi:
        """zones: 8 APIs (AttachAppBuildSystemToZone, ChangeZoneState, CreateZone, ...)."""
        return cast("ZonesApi", self._namespace("zones", "ZonesApi"))

    @property
    def zops(self) -> ZopsApi:
        """zops: 4 APIs (CheckNetworkReachable, GetChronyServers, SyncChronyServers, ...)."""
        return cast("ZopsApi", self._namespace("zops", "ZopsApi"))

    @property
    def zql(self) -> ZqlApi:
        """zql: 1 APIs (ZQLQuery)."""
        return cast("ZqlApi", self._namespace("zql", "ZqlApi"))

    @property
    def zwatch(self) -> ZwatchApi:
        """zwatch: 70 APIs (AckAlarmData, AckEventData, AddActionToAlarm, ...)."""
        return cast("ZwatchApi", self._namespace("zwatch", "ZwatchApi"))

    @property
    def zwatch_alarms(self) -> ZwatchAlarmsApi:
        """zwatch-alarms: 7 APIs (CreateAliyunSmsSNSTextTemplate, CreateSNSTextTemplate, DeleteSNSTextTemplate, ...)."""
        return cast("ZwatchAlarmsApi", self._namespace("zwatch_alarms", "ZwatchAlarmsApi"))

    @property
    def zwatch_audits(self) -> ZwatchAuditsApi:
        """zwatch-audits: 1 APIs (GetAuditData)."""
        return cast("ZwatchAuditsApi", self._namespace("zwatch_audits", "ZwatchAuditsApi"))

    @property
    def zwatch_event_records(self) -> ZwatchEventRecordsApi:
        """zwatch-event-records: 4 APIs (GetAllEventMetadata, GetEventData, QueryEventRecord, ...)."""
        return cast(
            "ZwatchEventRecordsApi",
            self._namespace("zwatch_event_records", "ZwatchEventRecordsApi"),
        )

    @property
    def zwatch_events(self) -> ZwatchEventsApi:
        """zwatch-events: 4 APIs (QueryEventSubscription, SubscribeEvent, UnsubscribeEvent, ...)."""
        return cast("ZwatchEventsApi", self._namespace("zwatch_events", "ZwatchEventsApi"))

    @property
    def zwatch_metrics(self) -> ZwatchMetricsApi:
        """zwatch-metrics: 4 APIs (GetAllMetricMetadata, GetMetricData, GetMetricLabelValue, ...)."""
        return cast("ZwatchMetricsApi", self._namespace("zwatch_metrics", "ZwatchMetricsApi"))

    @property
    def zwatch_mn(self) -> ZwatchMnApi:
        """zwatch-mn: 1 APIs (GetManagementNodeDirCapacity)."""
        return cast("ZwatchMnApi", self._namespace("zwatch_mn", "ZwatchMnApi"))


class AsyncZStackClient(AsyncAPIClient):
    """The asyncio client: the same namespaces and methods as ``ZStackClient``, awaited."""

    sdk_version = __version__
    assumed_server_version = SERVER_VERSION

    @property
    def accesskeys(self) -> AsyncAccesskeysApi:
        """accesskeys: 4 APIs (ChangeAccessKeyState, CreateAccessKey, DeleteAccessKey, ...)."""
        return cast("AsyncAccesskeysApi", self._namespace("accesskeys", "AsyncAccesskeysApi"))

    @property
    def accounts(self) -> AsyncAccountsApi:
        """accounts: 45 APIs (AddUserToGroup, AttachPoliciesToUser, AttachPolicyToUser, ...)."""
        return cast("AsyncAccountsApi", self._namespace("accounts", "AsyncAccountsApi"))

    @property
    def affinity_groups(self) -> AsyncAffinityGroupsApi:
        """affinity-groups: 10 APIs (AddVmToAffinityGroup, ChangeAffinityGroupState, CreateAffinityGroup, ...)."""
        return cast(
            "AsyncAffinityGroupsApi", self._namespace("affinity_groups", "AsyncAffinityGroupsApi")
        )

    @property
    def agent_version(self) -> AsyncAgentVersionApi:
        """agent-version: 1 APIs (QueryAgentVersion)."""
        return cast(
            "AsyncAgentVersionApi", self._namespace("agent_version", "AsyncAgentVersionApi")
        )

    @property
    def aliyun(self) -> AsyncAliyunApi:
        """aliyun: 4 APIs (AddAliyunPanguPartition, DeleteAliyunPanguPartition, QueryAliyunPanguPartition, ...)."""
        return cast("AsyncAliyunApi", self._namespace("aliyun", "AsyncAliyunApi"))

    @property
    def aliyun_proxy(self) -> AsyncAliyunProxyApi:
        """aliyun-proxy: 8 APIs (CreateAliyunProxyVSwitch, CreateAliyunProxyVpc, DeleteAliyunProxyVSwitch, ...)."""
        return cast("AsyncAliyunProxyApi", self._namespace("aliyun_proxy", "AsyncAliyunProxyApi"))

    @property
    def appcenter(self) -> AsyncAppcenterApi:
        """appcenter: 22 APIs (AddAppBuildSystem, AddBuildApp, ChangeAppBuildSystemState, ...)."""
        return cast("AsyncAppcenterApi", self._namespace("appcenter", "AsyncAppcenterApi"))

    @property
    def autoscaling(self) -> AsyncAutoscalingApi:
        """autoscaling: 27 APIs (AttachAutoScalingTemplateToGroup, ChangeAutoScalingGroupState, CreateAutoScalingGroup, ...)."""
        return cast("AsyncAutoscalingApi", self._namespace("autoscaling", "AsyncAutoscalingApi"))

    @property
    def backup_storage(self) -> AsyncBackupStorageApi:
        """backup-storage: 29 APIs (AddAliyunEbsBackupStorage, AddDisasterImageStoreBackupStorage, AddExternalBackupStorage, ...)."""
        return cast(
            "AsyncBackupStorageApi", self._namespace("backup_storage", "AsyncBackupStorageApi")
        )

    @property
    def backup_storage_ceph(self) -> AsyncBackupStorageCephApi:
        """backup-storage-ceph: 5 APIs (AddCephBackupStorage, AddMonToCephBackupStorage, QueryCephBackupStorage, ...)."""
        return cast(
            "AsyncBackupStorageCephApi",
            self._namespace("backup_storage_ceph", "AsyncBackupStorageCephApi"),
        )

    @property
    def backup_storage_image_store(self) -> AsyncBackupStorageImageStoreApi:
        """backup-storage-image-store: 5 APIs (AddImageStoreBackupStorage, QueryImageStoreBackupStorage, ReclaimSpaceFromImageStore, ...)."""
        return cast(
            "AsyncBackupStorageImageStoreApi",
            self._namespace("backup_storage_image_store", "AsyncBackupStorageImageStoreApi"),
        )

    @property
    def backupstorage_l3networks(self) -> AsyncBackupstorageL3networksApi:
        """backupstorage-l3networks: 1 APIs (GetInterdependentL3NetworksBackupStorages)."""
        return cast(
            "AsyncBackupstorageL3networksApi",
            self._namespace("backupstorage_l3networks", "AsyncBackupstorageL3networksApi"),
        )

    @property
    def baremetal(self) -> AsyncBaremetalApi:
        """baremetal: 29 APIs (AddPreconfigurationTemplate, BatchCreateBaremetalChassis, ChangeBaremetalChassisState, ...)."""
        return cast("AsyncBaremetalApi", self._namespace("baremetal", "AsyncBaremetalApi"))

    @property
    def baremetal2(self) -> AsyncBaremetal2Api:
        """baremetal2: 61 APIs (AddBareMetal2Gateway, AddBareMetal2IpmiChassis, AttachBareMetal2GatewayToCluster, ...)."""
        return cast("AsyncBaremetal2Api", self._namespace("baremetal2", "AsyncBaremetal2Api"))

    @property
    def baremetal_pxeservers(self) -> AsyncBaremetalPxeserversApi:
        """baremetal-pxeservers: 9 APIs (AttachBaremetalPxeServerToCluster, CreateBaremetalPxeServer, DeleteBaremetalPxeServer, ...)."""
        return cast(
            "AsyncBaremetalPxeserversApi",
            self._namespace("baremetal_pxeservers", "AsyncBaremetalPxeserversApi"),
        )

    @property
    def batch_queries(self) -> AsyncBatchQueriesApi:
        """batch-queries: 1 APIs (BatchQuery)."""
        return cast(
            "AsyncBatchQueriesApi", self._namespace("batch_queries", "AsyncBatchQueriesApi")
        )

    @property
    def billings(self) -> AsyncBillingsApi:
        """billings: 23 APIs (AttachPriceTableToAccount, CalculateAccountBillingSpending, CalculateAccountSpending, ...)."""
        return cast("AsyncBillingsApi", self._namespace("billings", "AsyncBillingsApi"))

    @property
    def buildapp(self) -> AsyncBuildappApi:
        """buildapp: 1 APIs (DeleteBuildAppExportHistory)."""
        return cast("AsyncBuildappApi", self._namespace("buildapp", "AsyncBuildappApi"))

    @property
    def cas(self) -> AsyncCasApi:
        """cas: 1 APIs (LoginByCas)."""
        return cast("AsyncCasApi", self._namespace("cas", "AsyncCasApi"))

    @property
    def cbt_task(self) -> AsyncCbtTaskApi:
        """cbt-task: 7 APIs (CreateCbtTask, DeleteCbtTask, DisableCbtTask, ...)."""
        return cast("AsyncCbtTaskApi", self._namespace("cbt_task", "AsyncCbtTaskApi"))

    @property
    def cdp_backup_storage(self) -> AsyncCdpBackupStorageApi:
        """cdp-backup-storage: 22 APIs (CreateCdpPolicy, CreateCdpTask, CreateVmFromCdpBackup, ...)."""
        return cast(
            "AsyncCdpBackupStorageApi",
            self._namespace("cdp_backup_storage", "AsyncCdpBackupStorageApi"),
        )

    @property
    def check(self) -> AsyncCheckApi:
        """check: 1 APIs (CheckBatchDataIntegrity)."""
        return cast("AsyncCheckApi", self._namespace("check", "AsyncCheckApi"))

    @property
    def clean(self) -> AsyncCleanApi:
        """clean: 1 APIs (CleanQueue)."""
        return cast("AsyncCleanApi", self._namespace("clean", "AsyncCleanApi"))

    @property
    def cloudformation(self) -> AsyncCloudformationApi:
        """cloudformation: 19 APIs (AddResourceStackVmPortMonitor, AddStackTemplate, CheckStackTemplateParameters, ...)."""
        return cast(
            "AsyncCloudformationApi", self._namespace("cloudformation", "AsyncCloudformationApi")
        )

    @property
    def clusters(self) -> AsyncClustersApi:
        """clusters: 18 APIs (ApplyDRSAdvice, AttachNvmeServerToCluster, ChangeClusterState, ...)."""
        return cast("AsyncClustersApi", self._namespace("clusters", "AsyncClustersApi"))

    @property
    def consoles(self) -> AsyncConsolesApi:
        """consoles: 4 APIs (QueryConsoleProxyAgent, ReconnectConsoleProxyAgent, RequestConsoleAccess, ...)."""
        return cast("AsyncConsolesApi", self._namespace("consoles", "AsyncConsolesApi"))

    @property
    def core(self) -> AsyncCoreApi:
        """core: 1 APIs (GetChainTask)."""
        return cast("AsyncCoreApi", self._namespace("core", "AsyncCoreApi"))

    @property
    def create(self) -> AsyncCreateApi:
        """create: 18 APIs (CleanInvalidLdapIAM2Binding, CreateCasClient, CreateIAM2VirtualIDFromLdapUid, ...)."""
        return cast("AsyncCreateApi", self._namespace("create", "AsyncCreateApi"))

    @property
    def crypto(self) -> AsyncCryptoApi:
        """crypto: 6 APIs (AddCCSCertificate, AttachCCSCertificateToUser, DeleteCCSCertificate, ...)."""
        return cast("AsyncCryptoApi", self._namespace("crypto", "AsyncCryptoApi"))

    @property
    def debug(self) -> AsyncDebugApi:
        """debug: 2 APIs (DebugSignal, GetDebugSignal)."""
        return cast("AsyncDebugApi", self._namespace("debug", "AsyncDebugApi"))

    @property
    def disk_offerings(self) -> AsyncDiskOfferingsApi:
        """disk-offerings: 5 APIs (ChangeDiskOfferingState, CreateDiskOffering, DeleteDiskOffering, ...)."""
        return cast(
            "AsyncDiskOfferingsApi", self._namespace("disk_offerings", "AsyncDiskOfferingsApi")
        )

    @property
    def eips(self) -> AsyncEipsApi:
        """eips: 9 APIs (AttachEip, ChangeEipState, CreateEip, ...)."""
        return cast("AsyncEipsApi", self._namespace("eips", "AsyncEipsApi"))

    @property
    def encrypted(self) -> AsyncEncryptedApi:
        """encrypted: 1 APIs (GetEncryptedField)."""
        return cast("AsyncEncryptedApi", self._namespace("encrypted", "AsyncEncryptedApi"))

    @property
    def errorcode(self) -> AsyncErrorcodeApi:
        """errorcode: 4 APIs (CheckElaborationContent, GetElaborationCategories, GetElaborations, ...)."""
        return cast("AsyncErrorcodeApi", self._namespace("errorcode", "AsyncErrorcodeApi"))

    @property
    def eventlogs(self) -> AsyncEventlogsApi:
        """eventlogs: 1 APIs (QueryEventLog)."""
        return cast("AsyncEventlogsApi", self._namespace("eventlogs", "AsyncEventlogsApi"))

    @property
    def expon(self) -> AsyncExponApi:
        """expon: 1 APIs (QueryExponBlockVolume)."""
        return cast("AsyncExponApi", self._namespace("expon", "AsyncExponApi"))

    @property
    def external(self) -> AsyncExternalApi:
        """external: 4 APIs (DeletePluginDrivers, GetExternalServices, RefreshPluginDrivers, ...)."""
        return cast("AsyncExternalApi", self._namespace("external", "AsyncExternalApi"))

    @property
    def externalbackup(self) -> AsyncExternalbackupApi:
        """externalbackup: 5 APIs (CreateZBoxBackup, DeleteExternalBackup, GetZBoxBackupDetails, ...)."""
        return cast(
            "AsyncExternalbackupApi", self._namespace("externalbackup", "AsyncExternalbackupApi")
        )

    @property
    def flowmeters(self) -> AsyncFlowmetersApi:
        """flowmeters: 14 APIs (AddVRouterNetworksToFlowMeter, CreateFlowCollector, CreateFlowMeter, ...)."""
        return cast("AsyncFlowmetersApi", self._namespace("flowmeters", "AsyncFlowmetersApi"))

    @property
    def gc_jobs(self) -> AsyncGcJobsApi:
        """gc-jobs: 3 APIs (DeleteGCJob, QueryGCJob, TriggerGCJob)."""
        return cast("AsyncGcJobsApi", self._namespace("gc_jobs", "AsyncGcJobsApi"))

    @property
    def global_configurations(self) -> AsyncGlobalConfigurationsApi:
        """global-configurations: 4 APIs (GetGlobalConfigOptions, QueryGlobalConfig, ResetGlobalConfig, ...)."""
        return cast(
            "AsyncGlobalConfigurationsApi",
            self._namespace("global_configurations", "AsyncGlobalConfigurationsApi"),
        )

    @property
    def gpu_device(self) -> AsyncGpuDeviceApi:
        """gpu-device: 1 APIs (QueryGpuDevice)."""
        return cast("AsyncGpuDeviceApi", self._namespace("gpu_device", "AsyncGpuDeviceApi"))

    @property
    def guest_os(self) -> AsyncGuestOsApi:
        """guest-os: 2 APIs (GetGuestOsMetadata, RefreshGuestOsMetadata)."""
        return cast("AsyncGuestOsApi", self._namespace("guest_os", "AsyncGuestOsApi"))

    @property
    def ha_strategy_condition(self) -> AsyncHaStrategyConditionApi:
        """ha-strategy-condition: 1 APIs (UpdateHaStrategyCondition)."""
        return cast(
            "AsyncHaStrategyConditionApi",
            self._namespace("ha_strategy_condition", "AsyncHaStrategyConditionApi"),
        )

    @property
    def hosts(self) -> AsyncHostsApi:
        """hosts: 55 APIs (AddKVMHost, AddKVMHostFromConfigFile, AddSimulatorHost, ...)."""
        return cast("AsyncHostsApi", self._namespace("hosts", "AsyncHostsApi"))

    @property
    def hosts_capacities(self) -> AsyncHostsCapacitiesApi:
        """hosts-capacities: 1 APIs (GetCpuMemoryCapacity)."""
        return cast(
            "AsyncHostsCapacitiesApi",
            self._namespace("hosts_capacities", "AsyncHostsCapacitiesApi"),
        )

    @property
    def hosts_service_types(self) -> AsyncHostsServiceTypesApi:
        """hosts-service-types: 3 APIs (CreateHostNetworkServiceType, DeleteHostNetworkServiceType, UpdateHostNetworkServiceType)."""
        return cast(
            "AsyncHostsServiceTypesApi",
            self._namespace("hosts_service_types", "AsyncHostsServiceTypesApi"),
        )

    @property
    def hostschedulingrulegroup(self) -> AsyncHostschedulingrulegroupApi:
        """hostschedulingrulegroup: 16 APIs (AddHostToHostSchedulingRuleGroup, AddVmToVmSchedulingRuleGroup, ChangeVmSchedulingRuleState, ...)."""
        return cast(
            "AsyncHostschedulingrulegroupApi",
            self._namespace("hostschedulingrulegroup", "AsyncHostschedulingrulegroupApi"),
        )

    @property
    def hybrid(self) -> AsyncHybridApi:
        """hybrid: 157 APIs (AddAliyunKeySecret, AddConnectionAccessPointFromRemote, AddDataCenterFromRemote, ...)."""
        return cast("AsyncHybridApi", self._namespace("hybrid", "AsyncHybridApi"))

    @property
    def hygon_devices(self) -> AsyncHygonDevicesApi:
        """hygon-devices: 3 APIs (GenerateHygonMdevDevices, SetVmInstanceHygonMdev, UngenerateHygonMdevDevices)."""
        return cast(
            "AsyncHygonDevicesApi", self._namespace("hygon_devices", "AsyncHygonDevicesApi")
        )

    @property
    def iam2(self) -> AsyncIam2Api:
        """iam2: 71 APIs (AddAttributesToIAM2Organization, AddAttributesToIAM2Project, AddAttributesToIAM2VirtualIDGroup, ...)."""
        return cast("AsyncIam2Api", self._namespace("iam2", "AsyncIam2Api"))

    @property
    def iam2_organizations(self) -> AsyncIam2OrganizationsApi:
        """iam2-organizations: 27 APIs (AddAttributesToIAM2VirtualID, AddIAM2VirtualIDsToOrganization, AttachIAM2ProjectToIAM2Organization, ...)."""
        return cast(
            "AsyncIam2OrganizationsApi",
            self._namespace("iam2_organizations", "AsyncIam2OrganizationsApi"),
        )

    @property
    def identity_models(self) -> AsyncIdentityModelsApi:
        """identity-models: 1 APIs (GetSupportedIdentityModels)."""
        return cast(
            "AsyncIdentityModelsApi", self._namespace("identity_models", "AsyncIdentityModelsApi")
        )

    @property
    def image_replication_groups(self) -> AsyncImageReplicationGroupsApi:
        """image-replication-groups: 4 APIs (AddBackupStoragesToReplicationGroup, CreateImageReplicationGroup, DeleteImageReplicationGroup, ...)."""
        return cast(
            "AsyncImageReplicationGroupsApi",
            self._namespace("image_replication_groups", "AsyncImageReplicationGroupsApi"),
        )

    @property
    def images(self) -> AsyncImagesApi:
        """images: 25 APIs (AddImage, CalculateImageHash, ChangeImageState, ...)."""
        return cast("AsyncImagesApi", self._namespace("images", "AsyncImagesApi"))

    @property
    def instance_offerings(self) -> AsyncInstanceOfferingsApi:
        """instance-offerings: 7 APIs (CreateVirtualRouterOffering, GetAttachablePublicL3ForVRouter, QueryApplianceVm, ...)."""
        return cast(
            "AsyncInstanceOfferingsApi",
            self._namespace("instance_offerings", "AsyncInstanceOfferingsApi"),
        )

    @property
    def instance_offerings_actions(self) -> AsyncInstanceOfferingsActionsApi:
        """instance-offerings-actions: 6 APIs (ChangeInstanceOffering, ChangeInstanceOfferingState, CreateInstanceOffering, ...)."""
        return cast(
            "AsyncInstanceOfferingsActionsApi",
            self._namespace("instance_offerings_actions", "AsyncInstanceOfferingsActionsApi"),
        )

    @property
    def integrity(self) -> AsyncIntegrityApi:
        """integrity: 1 APIs (AddIntegrityResource)."""
        return cast("AsyncIntegrityApi", self._namespace("integrity", "AsyncIntegrityApi"))

    @property
    def ipsec(self) -> AsyncIpsecApi:
        """ipsec: 12 APIs (AddRemoteCidrsToIPsecConnection, AttachL3NetworksToIPsecConnection, ChangeIPSecConnectionState, ...)."""
        return cast("AsyncIpsecApi", self._namespace("ipsec", "AsyncIpsecApi"))

    @property
    def l2_networks(self) -> AsyncL2NetworksApi:
        """l2-networks: 24 APIs (ChangeL2NetworkVlanId, CreateL2HardwareVxlanNetwork, CreateL2HardwareVxlanNetworkPool, ...)."""
        return cast("AsyncL2NetworksApi", self._namespace("l2_networks", "AsyncL2NetworksApi"))

    @property
    def l2_networks_vxlan_pool(self) -> AsyncL2NetworksVxlanPoolApi:
        """l2-networks-vxlan-pool: 8 APIs (AttachL2NetworkToCluster, CreateVniRange, DeleteVniRange, ...)."""
        return cast(
            "AsyncL2NetworksVxlanPoolApi",
            self._namespace("l2_networks_vxlan_pool", "AsyncL2NetworksVxlanPoolApi"),
        )

    @property
    def l3_networks(self) -> AsyncL3NetworksApi:
        """l3-networks: 34 APIs (AddDnsToL3Network, AddHostRouteToL3Network, AddIpRange, ...)."""
        return cast("AsyncL3NetworksApi", self._namespace("l3_networks", "AsyncL3NetworksApi"))

    @property
    def ldap(self) -> AsyncLdapApi:
        """ldap: 12 APIs (AddLdapServer, CleanInvalidLdapBinding, CreateLdapBinding, ...)."""
        return cast("AsyncLdapApi", self._namespace("ldap", "AsyncLdapApi"))

    @property
    def licenses(self) -> AsyncLicensesApi:
        """licenses: 10 APIs (DeleteLicense, GetLicenseAddOns, GetLicenseCapabilities, ...)."""
        return cast("AsyncLicensesApi", self._namespace("licenses", "AsyncLicensesApi"))

    @property
    def list(self) -> AsyncListApi:
        """list: 2 APIs (ListVmSchedulingRulesFromExecuteState, ListVmsFromSchedulingState)."""
        return cast("AsyncListApi", self._namespace("list", "AsyncListApi"))

    @property
    def load_balancers(self) -> AsyncLoadBalancersApi:
        """load-balancers: 55 APIs (AddAccessControlListEntry, AddAccessControlListRedirectRule, AddAccessControlListToLoadBalancer, ...)."""
        return cast(
            "AsyncLoadBalancersApi", self._namespace("load_balancers", "AsyncLoadBalancersApi")
        )

    @property
    def log(self) -> AsyncLogApi:
        """log: 8 APIs (AddLogConfiguration, AddLogServer, DeleteLogConfiguration, ...)."""
        return cast("AsyncLogApi", self._namespace("log", "AsyncLogApi"))

    @property
    def login_control(self) -> AsyncLoginControlApi:
        """login-control: 8 APIs (AddAccessControlRule, DeleteAccessControlRule, GetLoginCaptcha, ...)."""
        return cast(
            "AsyncLoginControlApi", self._namespace("login_control", "AsyncLoginControlApi")
        )

    @property
    def longjobs(self) -> AsyncLongjobsApi:
        """longjobs: 8 APIs (CancelLongJob, CleanLongJob, DeleteLongJob, ...)."""
        return cast("AsyncLongjobsApi", self._namespace("longjobs", "AsyncLongjobsApi"))

    @property
    def management_nodes(self) -> AsyncManagementNodesApi:
        """management-nodes: 10 APIs (GetCurrentTime, GetFactoryModeState, GetManagementNodeArch, ...)."""
        return cast(
            "AsyncManagementNodesApi",
            self._namespace("management_nodes", "AsyncManagementNodesApi"),
        )

    @property
    def media(self) -> AsyncMediaApi:
        """media: 6 APIs (ChangeMediaState, CreateEmailMedia, DeleteMedia, ...)."""
        return cast("AsyncMediaApi", self._namespace("media", "AsyncMediaApi"))

    @property
    def meta_data(self) -> AsyncMetaDataApi:
        """meta-data: 1 APIs (IsOpensourceVersion)."""
        return cast("AsyncMetaDataApi", self._namespace("meta_data", "AsyncMetaDataApi"))

    @property
    def mini_clusters(self) -> AsyncMiniClustersApi:
        """mini-clusters: 3 APIs (BootstrapMiniHost, CreateMiniCluster, GetCandidateMiniHosts)."""
        return cast(
            "AsyncMiniClustersApi", self._namespace("mini_clusters", "AsyncMiniClustersApi")
        )

    @property
    def monitoring(self) -> AsyncMonitoringApi:
        """monitoring: 16 APIs (AttachMonitorTriggerActionToTrigger, ChangeMonitorTriggerActionState, ChangeMonitorTriggerState, ...)."""
        return cast("AsyncMonitoringApi", self._namespace("monitoring", "AsyncMonitoringApi"))

    @property
    def mtty_devices(self) -> AsyncMttyDevicesApi:
        """mtty-devices: 4 APIs (DeleteMdevDevice, GenerateSeMdevDevices, QueryMttyDevice, ...)."""
        return cast("AsyncMttyDevicesApi", self._namespace("mtty_devices", "AsyncMttyDevicesApi"))

    @property
    def multicast(self) -> AsyncMulticastApi:
        """multicast: 7 APIs (AddRendezvousPointToMulticastRouter, ChangeMulticastRouterState, CreateMulticastRouter, ...)."""
        return cast("AsyncMulticastApi", self._namespace("multicast", "AsyncMulticastApi"))

    @property
    def nas(self) -> AsyncNasApi:
        """nas: 15 APIs (AddAliyunNasAccessGroup, AddAliyunNasFileSystem, AddAliyunNasMountTarget, ...)."""
        return cast("AsyncNasApi", self._namespace("nas", "AsyncNasApi"))

    @property
    def network_services(self) -> AsyncNetworkServicesApi:
        """network-services: 5 APIs (AttachNetworkServiceToL3Network, DetachNetworkServiceFromL3Network, GetNetworkServiceTypes, ...)."""
        return cast(
            "AsyncNetworkServicesApi",
            self._namespace("network_services", "AsyncNetworkServicesApi"),
        )

    @property
    def nfvinstgroup(self) -> AsyncNfvinstgroupApi:
        """nfvinstgroup: 34 APIs (AddL3NetworkToGroup, AddSdnController, AttachNfvInstToGroup, ...)."""
        return cast("AsyncNfvinstgroupApi", self._namespace("nfvinstgroup", "AsyncNfvinstgroupApi"))

    @property
    def observability_server(self) -> AsyncObservabilityServerApi:
        """observability-server: 5 APIs (AttachServiceToObservabilityServer, CreateObservabilityServer, CreateObservabilityServerOffering, ...)."""
        return cast(
            "AsyncObservabilityServerApi",
            self._namespace("observability_server", "AsyncObservabilityServerApi"),
        )

    @property
    def password(self) -> AsyncPasswordApi:
        """password: 1 APIs (ValidatePassword)."""
        return cast("AsyncPasswordApi", self._namespace("password", "AsyncPasswordApi"))

    @property
    def pci_device(self) -> AsyncPciDeviceApi:
        """pci-device: 36 APIs (AddMdevDeviceSpecToVmInstance, AddPciDeviceSpecToVmInstance, AttachMdevDeviceToVm, ...)."""
        return cast("AsyncPciDeviceApi", self._namespace("pci_device", "AsyncPciDeviceApi"))

    @property
    def policy_routes(self) -> AsyncPolicyRoutesApi:
        """policy-routes: 19 APIs (AttachPolicyRouteRuleSetToL3, CreatePolicyRouteRule, CreatePolicyRouteRuleSet, ...)."""
        return cast(
            "AsyncPolicyRoutesApi", self._namespace("policy_routes", "AsyncPolicyRoutesApi")
        )

    @property
    def port_forwarding(self) -> AsyncPortForwardingApi:
        """port-forwarding: 8 APIs (AttachPortForwardingRule, ChangePortForwardingRuleState, CreatePortForwardingRule, ...)."""
        return cast(
            "AsyncPortForwardingApi", self._namespace("port_forwarding", "AsyncPortForwardingApi")
        )

    @property
    def port_mirrors(self) -> AsyncPortMirrorsApi:
        """port-mirrors: 10 APIs (ChangePortMirrorState, CreatePortMirror, CreatePortMirrorSession, ...)."""
        return cast("AsyncPortMirrorsApi", self._namespace("port_mirrors", "AsyncPortMirrorsApi"))

    @property
    def primary_storage(self) -> AsyncPrimaryStorageApi:
        """primary-storage: 44 APIs (AddAliyunEbsPrimaryStorage, AddAliyunNasPrimaryStorage, AddExternalPrimaryStorage, ...)."""
        return cast(
            "AsyncPrimaryStorageApi", self._namespace("primary_storage", "AsyncPrimaryStorageApi")
        )

    @property
    def primary_storage_block(self) -> AsyncPrimaryStorageBlockApi:
        """primary-storage-block: 4 APIs (AddBlockPrimaryStorage, GetBlockPrimaryStorageMetadata, QueryBlockPrimaryStorage, ...)."""
        return cast(
            "AsyncPrimaryStorageBlockApi",
            self._namespace("primary_storage_block", "AsyncPrimaryStorageBlockApi"),
        )

    @property
    def primary_storage_ceph(self) -> AsyncPrimaryStorageCephApi:
        """primary-storage-ceph: 10 APIs (AddCephPrimaryStorage, AddCephPrimaryStoragePool, AddMonToCephPrimaryStorage, ...)."""
        return cast(
            "AsyncPrimaryStorageCephApi",
            self._namespace("primary_storage_ceph", "AsyncPrimaryStorageCephApi"),
        )

    @property
    def primary_storage_local_storage(self) -> AsyncPrimaryStorageLocalStorageApi:
        """primary-storage-local-storage: 5 APIs (AddLocalPrimaryStorage, GetLocalStorageHostDiskCapacity, LocalStorageGetVolumeMigratableHosts, ...)."""
        return cast(
            "AsyncPrimaryStorageLocalStorageApi",
            self._namespace("primary_storage_local_storage", "AsyncPrimaryStorageLocalStorageApi"),
        )

    @property
    def primary_storage_nfs(self) -> AsyncPrimaryStorageNfsApi:
        """primary-storage-nfs: 1 APIs (AddNfsPrimaryStorage)."""
        return cast(
            "AsyncPrimaryStorageNfsApi",
            self._namespace("primary_storage_nfs", "AsyncPrimaryStorageNfsApi"),
        )

    @property
    def primary_storage_sharedblockgroup(self) -> AsyncPrimaryStorageSharedblockgroupApi:
        """primary-storage-sharedblockgroup: 7 APIs (AddSharedBlockGroupPrimaryStorage, AddSharedBlockToSharedBlockGroup, GetSharedBlockCandidate, ...)."""
        return cast(
            "AsyncPrimaryStorageSharedblockgroupApi",
            self._namespace(
                "primary_storage_sharedblockgroup", "AsyncPrimaryStorageSharedblockgroupApi"
            ),
        )

    @property
    def primary_storage_smp(self) -> AsyncPrimaryStorageSmpApi:
        """primary-storage-smp: 1 APIs (AddSharedMountPointPrimaryStorage)."""
        return cast(
            "AsyncPrimaryStorageSmpApi",
            self._namespace("primary_storage_smp", "AsyncPrimaryStorageSmpApi"),
        )

    @property
    def prometheus(self) -> AsyncPrometheusApi:
        """prometheus: 4 APIs (PrometheusQueryLabelValues, PrometheusQueryMetadata, PrometheusQueryPassThrough, ...)."""
        return cast("AsyncPrometheusApi", self._namespace("prometheus", "AsyncPrometheusApi"))

    @property
    def query(self) -> AsyncQueryApi:
        """query: 3 APIs (QueryHostSchedulingRuleGroup, QueryVmSchedulingRule, QueryVmSchedulingRuleGroup)."""
        return cast("AsyncQueryApi", self._namespace("query", "AsyncQueryApi"))

    @property
    def resource_configurations(self) -> AsyncResourceConfigurationsApi:
        """resource-configurations: 7 APIs (DeleteResourceConfig, GetResourceBindableConfig, GetResourceConfig, ...)."""
        return cast(
            "AsyncResourceConfigurationsApi",
            self._namespace("resource_configurations", "AsyncResourceConfigurationsApi"),
        )

    @property
    def routerarea(self) -> AsyncRouterareaApi:
        """routerarea: 10 APIs (AddVRouterNetworksToOspfArea, CreateVRouterOspfArea, DeleteVRouterOspfArea, ...)."""
        return cast("AsyncRouterareaApi", self._namespace("routerarea", "AsyncRouterareaApi"))

    @property
    def scheduler(self) -> AsyncSchedulerApi:
        """scheduler: 38 APIs (AddSchedulerJobGroupToSchedulerTrigger, AddSchedulerJobsToSchedulerJobGroup, CreateDataVolumeTemplateFromVolumeBackup, ...)."""
        return cast("AsyncSchedulerApi", self._namespace("scheduler", "AsyncSchedulerApi"))

    @property
    def scheduler_jobs(self) -> AsyncSchedulerJobsApi:
        """scheduler-jobs: 12 APIs (AddSchedulerJobToSchedulerTrigger, ChangeSchedulerState, CreateSchedulerJob, ...)."""
        return cast(
            "AsyncSchedulerJobsApi", self._namespace("scheduler_jobs", "AsyncSchedulerJobsApi")
        )

    @property
    def scripts(self) -> AsyncScriptsApi:
        """scripts: 7 APIs (CreateGuestVmScript, DeleteGuestVmScript, ExecuteGuestVmScript, ...)."""
        return cast("AsyncScriptsApi", self._namespace("scripts", "AsyncScriptsApi"))

    @property
    def search(self) -> AsyncSearchApi:
        """search: 1 APIs (RefreshSearchIndexes)."""
        return cast("AsyncSearchApi", self._namespace("search", "AsyncSearchApi"))

    @property
    def secret_resource_pool(self) -> AsyncSecretResourcePoolApi:
        """secret-resource-pool: 10 APIs (CreateAiSiNoSecretResourcePool, CreateCSPSecretResourcePool, CreateFiSecSecretResourcePool, ...)."""
        return cast(
            "AsyncSecretResourcePoolApi",
            self._namespace("secret_resource_pool", "AsyncSecretResourcePoolApi"),
        )

    @property
    def secret_resource_pool_token(self) -> AsyncSecretResourcePoolTokenApi:
        """secret-resource-pool-token: 2 APIs (GetSignatureServerEncryptPublicKey, SetSecurityMachineKey)."""
        return cast(
            "AsyncSecretResourcePoolTokenApi",
            self._namespace("secret_resource_pool_token", "AsyncSecretResourcePoolTokenApi"),
        )

    @property
    def secret_resource_pools(self) -> AsyncSecretResourcePoolsApi:
        """secret-resource-pools: 7 APIs (ChangeSecretResourcePoolState, QuerySecretResourcePool, UpdateCSPSecretResourcePool, ...)."""
        return cast(
            "AsyncSecretResourcePoolsApi",
            self._namespace("secret_resource_pools", "AsyncSecretResourcePoolsApi"),
        )

    @property
    def security_groups(self) -> AsyncSecurityGroupsApi:
        """security-groups: 20 APIs (AddSecurityGroupRule, AddVmNicToSecurityGroup, AttachSecurityGroupToL3Network, ...)."""
        return cast(
            "AsyncSecurityGroupsApi", self._namespace("security_groups", "AsyncSecurityGroupsApi")
        )

    @property
    def security_machine(self) -> AsyncSecurityMachineApi:
        """security-machine: 7 APIs (AddFiSecSecurityMachine, AddFlkSecSecurityMachine, AddInfoSecSecurityMachine, ...)."""
        return cast(
            "AsyncSecurityMachineApi",
            self._namespace("security_machine", "AsyncSecurityMachineApi"),
        )

    @property
    def security_machines(self) -> AsyncSecurityMachinesApi:
        """security-machines: 9 APIs (ChangeSecurityMachineState, DeleteSecurityMachine, QuerySecurityMachine, ...)."""
        return cast(
            "AsyncSecurityMachinesApi",
            self._namespace("security_machines", "AsyncSecurityMachinesApi"),
        )

    @property
    def snmp(self) -> AsyncSnmpApi:
        """snmp: 5 APIs (CreateSnmpAgent, QuerySnmpAgent, StartSnmpAgent, ...)."""
        return cast("AsyncSnmpApi", self._namespace("snmp", "AsyncSnmpApi"))

    @property
    def sns(self) -> AsyncSnsApi:
        """sns: 72 APIs (AddEmailAddressToSNSEmailEndpoint, AddSNSDingTalkAtPerson, AddSNSFeiShuAtPerson, ...)."""
        return cast("AsyncSnsApi", self._namespace("sns", "AsyncSnsApi"))

    @property
    def ssh_key_pair(self) -> AsyncSshKeyPairApi:
        """ssh-key-pair: 7 APIs (AttachSshKeyPairToVmInstance, CreateSshKeyPair, DeleteSshKeyPair, ...)."""
        return cast("AsyncSshKeyPairApi", self._namespace("ssh_key_pair", "AsyncSshKeyPairApi"))

    @property
    def start(self) -> AsyncStartApi:
        """start: 1 APIs (StartDataProtection)."""
        return cast("AsyncStartApi", self._namespace("start", "AsyncStartApi"))

    @property
    def storage_devices(self) -> AsyncStorageDevicesApi:
        """storage-devices: 19 APIs (AddIscsiServer, AddNvmeServer, AttachIscsiServerToCluster, ...)."""
        return cast(
            "AsyncStorageDevicesApi", self._namespace("storage_devices", "AsyncStorageDevicesApi")
        )

    @property
    def storage_devices_fiber_channel(self) -> AsyncStorageDevicesFiberChannelApi:
        """storage-devices-fiber-channel: 7 APIs (AttachScsiLunToVmInstance, CheckScsiLunClusterStatus, DetachScsiLunFromVmInstance, ...)."""
        return cast(
            "AsyncStorageDevicesFiberChannelApi",
            self._namespace("storage_devices_fiber_channel", "AsyncStorageDevicesFiberChannelApi"),
        )

    @property
    def storage_devices_nvme(self) -> AsyncStorageDevicesNvmeApi:
        """storage-devices-nvme: 3 APIs (QueryNvmeLun, QueryNvmeTarget, RefreshNvmeTarget)."""
        return cast(
            "AsyncStorageDevicesNvmeApi",
            self._namespace("storage_devices_nvme", "AsyncStorageDevicesNvmeApi"),
        )

    @property
    def storage_devices_scsi_lun(self) -> AsyncStorageDevicesScsiLunApi:
        """storage-devices-scsi-lun: 2 APIs (DetachScsiLunFromHost, QueryScsiLun)."""
        return cast(
            "AsyncStorageDevicesScsiLunApi",
            self._namespace("storage_devices_scsi_lun", "AsyncStorageDevicesScsiLunApi"),
        )

    @property
    def tags(self) -> AsyncTagsApi:
        """tags: 12 APIs (AttachTagToResources, CreateSystemTag, CreateSystemTags, ...)."""
        return cast("AsyncTagsApi", self._namespace("tags", "AsyncTagsApi"))

    @property
    def task_progresses(self) -> AsyncTaskProgressesApi:
        """task-progresses: 1 APIs (GetTaskProgress)."""
        return cast(
            "AsyncTaskProgressesApi", self._namespace("task_progresses", "AsyncTaskProgressesApi")
        )

    @property
    def template_configurations(self) -> AsyncTemplateConfigurationsApi:
        """template-configurations: 6 APIs (ApplyTemplateConfig, QueryGlobalConfigTemplate, QueryTemplateConfig, ...)."""
        return cast(
            "AsyncTemplateConfigurationsApi",
            self._namespace("template_configurations", "AsyncTemplateConfigurationsApi"),
        )

    @property
    def tickets(self) -> AsyncTicketsApi:
        """tickets: 20 APIs (AddIAM2TicketFlow, AddTicketTypesToTicketFlowCollection, ChangeTicketFlowCollectionState, ...)."""
        return cast("AsyncTicketsApi", self._namespace("tickets", "AsyncTicketsApi"))

    @property
    def token(self) -> AsyncTokenApi:
        """token: 1 APIs (TokenIntrospection)."""
        return cast("AsyncTokenApi", self._namespace("token", "AsyncTokenApi"))

    @property
    def usb_device(self) -> AsyncUsbDeviceApi:
        """usb-device: 5 APIs (AttachUsbDeviceToVm, DetachUsbDeviceFromVm, GetUsbDeviceCandidatesForAttachingVm, ...)."""
        return cast("AsyncUsbDeviceApi", self._namespace("usb_device", "AsyncUsbDeviceApi"))

    @property
    def v2v(self) -> AsyncV2vApi:
        """v2v: 2 APIs (CleanV2VConversionCache, ListVMsFromKVMHost)."""
        return cast("AsyncV2vApi", self._namespace("v2v", "AsyncV2vApi"))

    @property
    def v2v_conversion_hosts(self) -> AsyncV2vConversionHostsApi:
        """v2v-conversion-hosts: 6 APIs (AddV2VConversionHost, ChangeV2VConversionHostState, ConvertVmFromForeignHypervisor, ...)."""
        return cast(
            "AsyncV2vConversionHostsApi",
            self._namespace("v2v_conversion_hosts", "AsyncV2vConversionHostsApi"),
        )

    @property
    def vcenters(self) -> AsyncVcentersApi:
        """vcenters: 10 APIs (AddVCenter, DeleteVCenter, QueryVCenter, ...)."""
        return cast("AsyncVcentersApi", self._namespace("vcenters", "AsyncVcentersApi"))

    @property
    def vips(self) -> AsyncVipsApi:
        """vips: 18 APIs (AttachVipToVpcSharedQos, ChangeVipState, ChangeVpcSharedQosBandwidth, ...)."""
        return cast("AsyncVipsApi", self._namespace("vips", "AsyncVipsApi"))

    @property
    def vm_instances(self) -> AsyncVmInstancesApi:
        """vm-instances: 140 APIs (AddResourcesToDirectory, AttachGuestToolsIsoToVm, AttachIsoToVmInstance, ...)."""
        return cast("AsyncVmInstancesApi", self._namespace("vm_instances", "AsyncVmInstancesApi"))

    @property
    def vm_instances_actions(self) -> AsyncVmInstancesActionsApi:
        """vm-instances-actions: 2 APIs (GetVmUsbRedirect, SetVmUsbRedirect)."""
        return cast(
            "AsyncVmInstancesActionsApi",
            self._namespace("vm_instances_actions", "AsyncVmInstancesActionsApi"),
        )

    @property
    def vm_instances_nics(self) -> AsyncVmInstancesNicsApi:
        """vm-instances-nics: 4 APIs (ChangeVfNicHaState, ChangeVmNicType, GetVfPciDeviceAvailableInL2Network, ...)."""
        return cast(
            "AsyncVmInstancesNicsApi",
            self._namespace("vm_instances_nics", "AsyncVmInstancesNicsApi"),
        )

    @property
    def vm_instances_xml_hook_script(self) -> AsyncVmInstancesXmlHookScriptApi:
        """vm-instances-xml-hook-script: 6 APIs (AttachUserDefinedXmlHookScriptToVm, CreateVmUserDefinedXmlHookScript, DetachUserDefinedXmlHookScriptFromVm, ...)."""
        return cast(
            "AsyncVmInstancesXmlHookScriptApi",
            self._namespace("vm_instances_xml_hook_script", "AsyncVmInstancesXmlHookScriptApi"),
        )

    @property
    def vm_priority_config(self) -> AsyncVmPriorityConfigApi:
        """vm-priority-config: 2 APIs (QueryVmPriorityConfig, UpdatePriorityConfig)."""
        return cast(
            "AsyncVmPriorityConfigApi",
            self._namespace("vm_priority_config", "AsyncVmPriorityConfigApi"),
        )

    @property
    def vminstance(self) -> AsyncVminstanceApi:
        """vminstance: 2 APIs (QueryVmInstanceDeviceAddressArchive, QueryVmInstanceDeviceAddressGroup)."""
        return cast("AsyncVminstanceApi", self._namespace("vminstance", "AsyncVminstanceApi"))

    @property
    def volume_snapshots(self) -> AsyncVolumeSnapshotsApi:
        """volume-snapshots: 9 APIs (CheckVolumeSnapshotGroupAvailability, CreateVolumeSnapshotGroup, DeleteVolumeSnapshotGroup, ...)."""
        return cast(
            "AsyncVolumeSnapshotsApi",
            self._namespace("volume_snapshots", "AsyncVolumeSnapshotsApi"),
        )

    @property
    def volumes(self) -> AsyncVolumesApi:
        """volumes: 38 APIs (AttachDataVolumeToHost, AttachDataVolumeToVm, BatchDeleteVolumeSnapshot, ...)."""
        return cast("AsyncVolumesApi", self._namespace("volumes", "AsyncVolumesApi"))

    @property
    def vpc(self) -> AsyncVpcApi:
        """vpc: 29 APIs (AddDnsToVpcRouter, ChangeVpcHaGroupMonitorIps, CreateVpcHaGroup, ...)."""
        return cast("AsyncVpcApi", self._namespace("vpc", "AsyncVpcApi"))

    @property
    def vpcfirewalls(self) -> AsyncVpcfirewallsApi:
        """vpcfirewalls: 29 APIs (ApplyRuleSetChanges, AttachFirewallRuleSetToL3, ChangeFirewallRuleState, ...)."""
        return cast("AsyncVpcfirewallsApi", self._namespace("vpcfirewalls", "AsyncVpcfirewallsApi"))

    @property
    def vrouter_route_tables(self) -> AsyncVrouterRouteTablesApi:
        """vrouter-route-tables: 11 APIs (AddVRouterRouteEntry, AttachVRouterRouteTableToVRouter, CreateVRouterRouteTable, ...)."""
        return cast(
            "AsyncVrouterRouteTablesApi",
            self._namespace("vrouter_route_tables", "AsyncVrouterRouteTablesApi"),
        )

    @property
    def web_hooks(self) -> AsyncWebHooksApi:
        """web-hooks: 4 APIs (CreateWebhook, DeleteWebhook, QueryWebhook, ...)."""
        return cast("AsyncWebHooksApi", self._namespace("web_hooks", "AsyncWebHooksApi"))

    @property
    def zbox(self) -> AsyncZboxApi:
        """zbox: 4 APIs (AddZBox, EjectZBox, QueryZBox, ...)."""
        return cast("AsyncZboxApi", self._namespace("zbox", "AsyncZboxApi"))

    @property
    def zones(self) -> AsyncZonesApi:
        """zones: 8 APIs (AttachAppBuildSystemToZone, ChangeZoneState, CreateZone, ...)."""
        return cast("AsyncZonesApi", self._namespace("zones", "AsyncZonesApi"))

    @property
    def zops(self) -> AsyncZopsApi:
        """zops: 4 APIs (CheckNetworkReachable, GetChronyServers, SyncChronyServers, ...)."""
        return cast("AsyncZopsApi", self._namespace("zops", "AsyncZopsApi"))

    @property
    def zql(self) -> AsyncZqlApi:
        """zql: 1 APIs (ZQLQuery)."""
        return cast("AsyncZqlApi", self._namespace("zql", "AsyncZqlApi"))

    @property
    def zwatch(self) -> AsyncZwatchApi:
        """zwatch: 70 APIs (AckAlarmData, AckEventData, AddActionToAlarm, ...)."""
        return cast("AsyncZwatchApi", self._namespace("zwatch", "AsyncZwatchApi"))

    @property
    def zwatch_alarms(self) -> AsyncZwatchAlarmsApi:
        """zwatch-alarms: 7 APIs (CreateAliyunSmsSNSTextTemplate, CreateSNSTextTemplate, DeleteSNSTextTemplate, ...)."""
        return cast(
            "AsyncZwatchAlarmsApi", self._namespace("zwatch_alarms", "AsyncZwatchAlarmsApi")
        )

    @property
    def zwatch_audits(self) -> AsyncZwatchAuditsApi:
        """zwatch-audits: 1 APIs (GetAuditData)."""
        return cast(
            "AsyncZwatchAuditsApi", self._namespace("zwatch_audits", "AsyncZwatchAuditsApi")
        )

    @property
    def zwatch_event_records(self) -> AsyncZwatchEventRecordsApi:
        """zwatch-event-records: 4 APIs (GetAllEventMetadata, GetEventData, QueryEventRecord, ...)."""
        return cast(
            "AsyncZwatchEventRecordsApi",
            self._namespace("zwatch_event_records", "AsyncZwatchEventRecordsApi"),
        )

    @property
    def zwatch_events(self) -> AsyncZwatchEventsApi:
        """zwatch-events: 4 APIs (QueryEventSubscription, SubscribeEvent, UnsubscribeEvent, ...)."""
        return cast(
            "AsyncZwatchEventsApi", self._namespace("zwatch_events", "AsyncZwatchEventsApi")
        )

    @property
    def zwatch_metrics(self) -> AsyncZwatchMetricsApi:
        """zwatch-metrics: 4 APIs (GetAllMetricMetadata, GetMetricData, GetMetricLabelValue, ...)."""
        return cast(
            "AsyncZwatchMetricsApi", self._namespace("zwatch_metrics", "AsyncZwatchMetricsApi")
        )

    @property
    def zwatch_mn(self) -> AsyncZwatchMnApi:
        """zwatch-mn: 1 APIs (GetManagementNodeDirCapacity)."""
        return cast("AsyncZwatchMnApi", self._namespace("zwatch_mn", "AsyncZwatchMnApi"))
