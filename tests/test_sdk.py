"""The generated SDK (generated/zstack-sdk) against the local ZStack server, over real sockets."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
SDK_DIR = REPO / "generated" / "zstack-sdk"
if str(SDK_DIR) not in sys.path:
    sys.path.insert(0, str(SDK_DIR))

from zstack_sdk import (  # noqa: E402
    AsyncZStackClient,
    ZStackApiError,
    ZStackAuthenticationError,
    ZStackClient,
    ZStackConnectionError,
    ZStackJobExpiredError,
    ZStackPollTimeoutError,
    ZStackValidationError,
    ZStackVersionError,
)

from tests.zstack_server import RunningServer, deterministic_uuid, start_server  # noqa: E402

AK_ID, AK_SECRET = "test-key-id", "test-key-secret"
HEX32 = re.compile(r"^[0-9a-f]{32}$")
VOLUME, STORAGE = deterministic_uuid("root-volume"), deterministic_uuid("bs-1")


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    # Three polls per job, and a location naming an address the client cannot reach.
    with start_server(
        polls_before_done=3, location_host="10.255.255.1:18080", ak_id=AK_ID, ak_secret=AK_SECRET
    ) as running:
        yield running


@pytest.fixture
def client(server: RunningServer) -> Iterator[ZStackClient]:
    with ZStackClient(server.base_url, timeout=5.0, poll_timeout=10.0) as c:
        c.login(account_name="admin", password="password")
        yield c


# ------------------------------------------------------------------ auth


def test_login_sends_sha512_and_uses_the_session(server: RunningServer) -> None:
    with ZStackClient(server.base_url) as c:
        session = c.login(account_name="admin", password="password")
        login = server.state.last_request("PUT", "/zstack/v1/accounts/login")
        assert login.body == {
            "logInByAccount": {
                "accountName": "admin",
                "password": hashlib.sha512(b"password").hexdigest(),
            }
        }
        assert login.header("Authorization") is None
        assert HEX32.match(session) and c.session_id == session
        c.query_vm_instance(limit=1)
        assert server.state.last_request("GET").header("Authorization") == f"OAuth {session}"


def test_wrong_password_is_an_api_error(server: RunningServer) -> None:
    with ZStackClient(server.base_url) as c, pytest.raises(ZStackApiError) as info:
        c.login(account_name="admin", password="wrong")
    assert (info.value.status, info.value.code) == (503, "ID.1000")
    assert c.session_id is None


def test_logout_ends_the_session(server: RunningServer) -> None:
    with ZStackClient(server.base_url) as c:
        session = c.login(account_name="admin", password="password")
        c.logout()
        assert server.state.last_request("DELETE").path == f"/zstack/v1/accounts/sessions/{session}"
        assert c.session_id is None
        with (
            ZStackClient(server.base_url, session_id=session) as stale,
            pytest.raises(ZStackAuthenticationError) as info,
        ):
            stale.query_vm_instance(limit=1)
        assert info.value.status == 401 and info.value.code == "ID.1001"


def test_session_id_mode(server: RunningServer, client: ZStackClient) -> None:
    with ZStackClient(server.base_url, session_id=client.session_id) as other:
        assert len(other.query_vm_instance(limit=3).inventories or []) == 3


def test_access_key_mode_signs_calls_and_polls(server: RunningServer) -> None:
    with ZStackClient(
        server.base_url, access_key_id=AK_ID, access_key_secret=AK_SECRET, poll_timeout=10
    ) as c:
        assert c.query_vm_instance(limit=2).inventories
        r = c.create_vm_backup(root_volume_uuid=VOLUME, backup_storage_uuid=STORAGE, name="ak")
        assert r.inventories
    polls = server.state.requests_to("GET", "/zstack/v1/api-jobs/*")
    assert (
        polls[-1]
        .header(
            "Authorization",
        )
        .startswith(f"ZStack {AK_ID}:")
    )  # type: ignore[union-attr]
    assert polls[-1].header("Date")


def test_bad_access_key_secret_is_refused(server: RunningServer) -> None:
    with (
        ZStackClient(server.base_url, access_key_id=AK_ID, access_key_secret="nope") as c,
        pytest.raises(ZStackAuthenticationError) as info,
    ):
        c.query_vm_instance(limit=1)
    assert info.value.status == 401 and info.value.code == "ID.1000"


# ----------------------------------------------------------- async APIs


def test_async_api_polls_through_a_rewritten_location(
    server: RunningServer, client: ZStackClient
) -> None:
    server.state.clear_requests()
    r = client.create_vm_backup(root_volume_uuid=VOLUME, backup_storage_uuid=STORAGE, name="b1")
    backup = (r.inventories or [])[0]
    assert backup.backup_storage_refs[0].install_path.startswith("zstore://")  # type: ignore[index,union-attr]
    assert backup.size == 1073741824 and isinstance(backup.size, int)  # sent as 1.073741824E9
    assert isinstance(backup.create_date, datetime)
    # Typed from the SDK's VolumeBackupInventory though the docs' table lacks it.
    assert backup.group_uuid is not None and HEX32.match(backup.group_uuid)
    assert backup.mode == "full"
    post, *polls = server.state.requests
    assert post.method == "POST" and post.path == f"/zstack/v1/volumes/{VOLUME}/vm-backups"
    assert post.body == {"params": {"backupStorageUuid": STORAGE, "name": "b1"}}
    assert HEX32.match(post.header("X-Job-UUID") or "")
    # The server advertised 10.255.255.1:18080; every poll still reached this server.
    assert [p.status for p in polls] == [202, 202, 202, 200]
    assert {p.path for p in polls} == {f"/zstack/v1/api-jobs/{post.job_uuid}"}


def test_each_call_gets_a_fresh_job_uuid_or_the_callers(
    server: RunningServer, client: ZStackClient
) -> None:
    client.sync_vm_backup(image_store_uuid=STORAGE)
    first = server.state.last_request("PUT").header("X-Job-UUID")
    client.sync_vm_backup(image_store_uuid=STORAGE)
    second = server.state.last_request("PUT").header("X-Job-UUID")
    assert first != second
    mine = "0123456789abcdef0123456789abcdef"
    client.sync_vm_backup(image_store_uuid=STORAGE, job_uuid=mine)
    put = server.state.last_request("PUT")
    assert put.header("X-Job-UUID") == mine and server.state.jobs[mine].api == "SyncVmBackup"
    assert put.body == {"syncVmBackup": {}}


def test_failed_job_raises_with_nested_causes(client: ZStackClient) -> None:
    with pytest.raises(ZStackApiError) as info:
        client.create_vm_instance(
            name="fail-me",
            image_uuid=deterministic_uuid("image-0"),
            l3_network_uuids=[deterministic_uuid("l3-1")],
            instance_offering_uuid=deterministic_uuid("offering-1"),
        )
    err = info.value
    assert (err.status, err.code, err.api) == (503, "SYS.1006", "CreateVmInstance")
    assert err.details and "fail-me" in err.details and err.job_uuid
    assert err.cause is not None and err.cause.code == "HOST.1001"
    assert err.root_cause.code == "SYS.1001" and err.root_cause.cause is None
    assert err.__cause__ is err.cause


def test_expired_job_is_its_own_error(server: RunningServer) -> None:
    with start_server(job_ttl_s=0.0) as srv, ZStackClient(srv.base_url) as c:
        c.login(account_name="admin", password="password")
        with pytest.raises(ZStackJobExpiredError) as info:
            c.sync_vm_backup(image_store_uuid=STORAGE)
    assert info.value.status == 404 and HEX32.match(info.value.job_uuid or "")


def test_poll_timeout_names_the_job() -> None:
    with start_server(polls_before_done=10_000) as srv:
        with ZStackClient(srv.base_url, poll_timeout=0.3) as c:
            c.login(account_name="admin", password="password")
            with pytest.raises(ZStackPollTimeoutError) as info:
                c.sync_vm_backup(image_store_uuid=STORAGE)
        polls = srv.state.requests_to("GET", "/zstack/v1/api-jobs/*")
    assert info.value.job_uuid in str(info.value) and "SyncVmBackup" in str(info.value)
    # Backoff from 50 ms: a handful of polls in 0.3 s, not hundreds.
    assert 2 <= len(polls) <= 6


def test_shared_action_url_dispatches_by_wrapper_key(
    server: RunningServer, client: ZStackClient
) -> None:
    vm = deterministic_uuid("vm-0")
    stopped = client.stop_vm_instance(uuid=vm, type="cold")
    assert server.state.last_request("PUT").body == {"stopVmInstance": {"type": "cold"}}
    assert stopped.inventory is not None and stopped.inventory.state == "Stopped"
    started = client.start_vm_instance(uuid=vm)
    assert server.state.last_request("PUT").body == {"startVmInstance": {}}
    assert started.inventory is not None and started.inventory.state == "Running"


def test_delete_sends_its_parameters_in_the_query(
    server: RunningServer, client: ZStackClient
) -> None:
    r = client.create_vm_backup(root_volume_uuid=VOLUME, backup_storage_uuid=STORAGE, name="d")
    group = (r.inventories or [])[0].group_uuid
    assert group is not None
    client.delete_vm_backup(
        group_uuid=group, backup_storage_uuids=[STORAGE, "other"], delete_mode="Enforcing"
    )
    delete = server.state.last_request("DELETE")
    assert delete.path == f"/zstack/v1/vm-backups/{group}"
    assert delete.query == [
        ("backupStorageUuids", STORAGE),
        ("backupStorageUuids", "other"),
        ("deleteMode", "Enforcing"),
    ]
    assert delete.raw_body == b""
    assert group not in server.state.vm_backups


def test_bad_argument_is_a_400(client: ZStackClient) -> None:
    with pytest.raises(ZStackApiError) as info:
        client.delete_vm_backup(group_uuid="g", delete_mode="Sometimes")
    assert (info.value.status, info.value.code) == (400, "SYS.1007")


def test_plain_text_rest_errors_are_understood() -> None:
    with start_server(plain_text_rest_errors=True) as srv, ZStackClient(srv.base_url) as c:
        c.login(account_name="admin", password="password")
        with pytest.raises(ZStackApiError) as info:
            c.sync_vm_backup(image_store_uuid=STORAGE, job_uuid="not-a-uuid")
    assert info.value.status == 400 and "X-Job-UUID" in (info.value.details or "")


# ---------------------------------------------------------------- queries


def test_query_conditions_sorting_and_limit(server: RunningServer, client: ZStackClient) -> None:
    vms = client.query_vm_instance(
        conditions=["state=Running", ("name", "?=", ["web-00", "web-05", "db-01"])],
        limit=50,
        sort_by="createDate",
        sort_direction="desc",
    )
    names = [vm.name for vm in vms.inventories or []]
    assert names == ["web-05", "db-01", "web-00"]
    assert server.state.last_request("GET").query == [
        ("q", "state=Running"),
        ("q", "name?=web-00,web-05,db-01"),
        ("limit", "50"),
        ("sort", "-createDate"),
    ]
    first = (vms.inventories or [])[0]
    assert isinstance(first.create_date, datetime) and first.memory_size == 2 * 1024**3


def _unknown_fields(model: Any) -> set[str]:
    """Fields the server sent that the model does not know (kept in `model_extra`)."""
    return set(model.model_extra or {})


def test_results_are_the_sdk_classes_end_to_end(client: ZStackClient) -> None:
    """A query, an async action and nested inventories, parsed by the generated models:
    every field the server sends (shaped as ZStack's Java classes) is a typed field."""
    vms = client.query_vm_instance(conditions=["name=web-00"])
    assert type(vms).__name__ == "QueryVmInstanceResult"
    vm = (vms.inventories or [])[0]
    nic, volume = (vm.vm_nics or [])[0], (vm.all_volumes or [])[0]
    assert [type(m).__name__ for m in (vm, nic, volume)] == [
        "VmInstanceInventory",
        "VmNicInventory",
        "VolumeInventory",
    ]
    assert _unknown_fields(vms) == _unknown_fields(vm) == set()
    assert _unknown_fields(nic) == _unknown_fields(volume) == set()
    assert nic.ip_version == 4 and isinstance(nic.ip_version, int)
    assert volume.is_shareable is False and isinstance(volume.last_attach_date, datetime)
    assert vm.cpu_num == 1 and vm.vm_cd_roms == []

    created = client.create_vm_backup(
        root_volume_uuid=VOLUME, backup_storage_uuid=STORAGE, name="e"
    )
    assert type(created).__name__ == "CreateVmBackupResult"
    backup = (created.inventories or [])[0]
    ref = (backup.backup_storage_refs or [])[0]
    assert type(ref).__name__ == "VolumeBackupStorageRefInventory"
    assert _unknown_fields(created) == _unknown_fields(backup) == _unknown_fields(ref) == set()
    assert ref.volume_backup_uuid == backup.uuid and ref.status == "Ready"


def test_query_count_fields_like_and_uuid_path(client: ZStackClient) -> None:
    assert client.query_vm_instance(conditions=["name~=web%"], count=True).total == 5
    page = client.query_vm_instance(
        conditions=[("description", "=null")], reply_with_count=True, fields=["uuid", "name"]
    )
    assert page.total == 6
    assert {frozenset(vm.model_dump(exclude_none=True)) for vm in page.inventories or []} == {
        frozenset({"uuid", "name"})
    }
    one = client.query_vm_instance(uuid=deterministic_uuid("vm-3"))
    assert [vm.name for vm in one.inventories or []] == ["batch-03"]


def test_query_pages_iterates_everything(server: RunningServer, client: ZStackClient) -> None:
    with start_server() as fresh, ZStackClient(fresh.base_url) as c:
        c.login(account_name="admin", password="password")
        names = [vm.name for vm in c.query_vm_instance_pages(page_size=7, sort_by="name")]
        starts = [dict(r.query).get("start") for r in fresh.state.requests_to("GET")]
    assert len(names) == 25 and names == sorted(n or "" for n in names)
    assert starts == ["0", "7", "14", "21"]


# ------------------------------------------ constraints, sync APIs, SDK-only APIs


def test_constraints_are_enforced_before_anything_is_sent(
    server: RunningServer, client: ZStackClient
) -> None:
    before = len(server.state.requests)
    with pytest.raises(ZStackValidationError) as info:
        client.create_vm_backup(
            root_volume_uuid=VOLUME, backup_storage_uuid=STORAGE, name="n" * 256
        )
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.api, err.parameter, err.constraint, err.limit) == (
        "CreateVmBackup",
        "name",
        "maxLength",
        255,
    )
    assert str(err).startswith("CreateVmBackup: name='nnn") and "(maxLength 255)" in str(err)
    with pytest.raises(
        ZStackValidationError, match=r"volume_read_bandwidth=1 is less than 1024 \(minimum"
    ):
        client.create_vm_backup(
            root_volume_uuid=VOLUME, backup_storage_uuid=STORAGE, name="b", volume_read_bandwidth=1
        )
    with pytest.raises(
        ZStackValidationError, match=r"backup_storage_uuids=\[\] has 0 items.*minItems 1"
    ):
        client.delete_vm_backup(group_uuid="g", backup_storage_uuids=[])
    with pytest.raises(ZStackValidationError, match=r"strategy='Sometimes' is not one of.*enum"):
        client.create_vm_instance(
            name="vm",
            image_uuid="i",
            l3_network_uuids=["l"],
            strategy="Sometimes",  # type: ignore[arg-type]
        )
    # A pattern with a lookahead and a lookbehind (no leading or trailing space).
    with pytest.raises(ZStackValidationError, match=r"name=' padded' does not match the pattern"):
        client.create_guest_vm_script(
            name=" padded", platform="Linux", script_content="echo", script_type="Shell"
        )
    with pytest.raises(ZStackValidationError, match="pattern"):
        client.create_guest_vm_script(
            name="a/b", platform="Linux", script_content="echo", script_type="Shell"
        )
    assert len(server.state.requests) == before  # the server saw none of them
    # At the limits, the call goes out.
    r = client.create_vm_backup(
        root_volume_uuid=VOLUME, backup_storage_uuid=STORAGE, name="n" * 255
    )
    assert r.inventories and server.state.requests[before].body["params"]["name"] == "n" * 255


def test_a_sync_api_is_declared_200_and_a_202_is_still_followed() -> None:
    spec = json.loads((REPO / "spec" / "zstack.openapi.json").read_text(encoding="utf-8"))
    logout = spec["paths"]["/zstack/v1/accounts/sessions/{sessionUuid}"]["delete"]
    # The SDK's needPoll=false: the spec promises an answer at once (the docs' DELETE
    # would have made it asynchronous).
    assert logout["x-zstack-api"] == "LogOut" and logout["x-zstack-async"] is False
    assert set(logout["responses"]) == {"200", "400", "503"}
    # A server may answer 202 all the same. (Real ZStack does not check credentials on
    # polls, and this logout has just ended the session.)
    with (
        start_server(
            sync_as_async=frozenset({"LogOut", "GetVersion"}), require_auth_for_jobs=False
        ) as srv,
        ZStackClient(srv.base_url, poll_timeout=10) as c,
    ):
        session = c.login(account_name="admin", password="password")
        assert c.get_version().version == "5.5.6"
        assert srv.state.last_request("PUT").status == 202
        c.log_out(session_uuid=session)
        delete = srv.state.last_request("DELETE")
        polls = srv.state.requests_to("GET", "/zstack/v1/api-jobs/*")
        assert delete.status == 202 and polls and polls[-1].status == 200
        assert not srv.state.session_valid(session)
    with start_server() as srv, ZStackClient(srv.base_url) as c:
        c.log_out(session_uuid=c.login(account_name="admin", password="password"))
        assert srv.state.last_request("DELETE").status == 200
        assert srv.state.requests_to("GET", "/zstack/v1/api-jobs/*") == []


def test_every_api_of_the_reconciled_catalog_has_a_method() -> None:
    import importlib
    import pkgutil

    import zstack_sdk._apis
    from zstack_sdk import catalog as sdk_catalog
    from zstack_sdk._base_client import Api

    catalog = json.loads((REPO / "spec" / "zstack.reconciled.json").read_text(encoding="utf-8"))
    descriptors: dict[str, Any] = {}
    for module in pkgutil.iter_modules(zstack_sdk._apis.__path__):
        loaded = importlib.import_module(f"zstack_sdk._apis.{module.name}")
        descriptors.update({v.name: v for v in vars(loaded).values() if isinstance(v, Api)})
    assert set(descriptors) == {a["name"] for a in catalog["apis"]} == set(sdk_catalog.APIS)
    undocumented = [a for a in catalog["apis"] if a["origin"] == "sdk"]
    assert len(undocumented) > 550
    for api in catalog["apis"]:
        d = descriptors[api["name"]]
        # The SDK's wire facts (paths are relative to /zstack/v1).
        assert (d.method, "/zstack/v1" + d.path, d.body_key) == (
            api["method"],
            api["path"],
            api["body_key"],
        )
        # The data API the `zstack` command dispatches on finds the same descriptor,
        # and the Python call it names exists on both clients.
        assert sdk_catalog.describe(api["name"]) is d
        _, namespace, method = sdk_catalog.python_call(api["name"]).split(".")
        for cls in (ZStackClient, AsyncZStackClient):
            holder = getattr(cls, namespace).fget.__annotations__["return"]
            assert isinstance(holder, str)
        assert callable(getattr(getattr(ZStackClient("http://h"), namespace), method))


def test_an_api_only_the_sdk_knows_is_callable(server: RunningServer, client: ZStackClient) -> None:
    result = client.get_support_apis()
    assert (
        result.support_apis and "org.zstack.header.vm.APIQueryVmInstanceMsg" in result.support_apis
    )
    put = server.state.last_request("PUT")
    assert put.path == "/zstack/v1/management-nodes/actions" and put.body == {"getSupportAPIs": {}}
    assert "Java SDK only" in (client.management_nodes.get_support_apis.__doc__ or "")


# -------------------------------------------------------- versions, transport


def test_version_gating_refuses_before_sending(server: RunningServer) -> None:
    with ZStackClient(server.base_url, server_version="3.0.0") as c:
        c.login(account_name="admin", password="password")
        before = len(server.state.requests)
        with pytest.raises(ZStackVersionError, match=r"CreateCbtTask.*5\.3\.28"):
            c.create_cbt_task(name="t")
        with pytest.raises(ZStackVersionError, match=r"volumeReadBandwidth.*3\.1"):
            c.create_vm_backup(
                root_volume_uuid=VOLUME,
                backup_storage_uuid=STORAGE,
                name="v",
                volume_read_bandwidth=1,
            )
        assert len(server.state.requests) == before
        assert c.create_vm_backup(root_volume_uuid=VOLUME, backup_storage_uuid=STORAGE, name="v")


class FlakyTransport(httpx.BaseTransport):
    """Fails the first ``failures`` requests with ``error``, then talks to the server."""

    def __init__(self, failures: int, error: type[httpx.TransportError]) -> None:
        self.failures = failures
        self.error = error
        self.inner = httpx.HTTPTransport()
        self.attempts: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts.append(request.method)
        if self.failures > 0:
            self.failures -= 1
            raise self.error("injected", request=request)
        return self.inner.handle_request(request)


def test_connect_errors_are_retried(
    server: RunningServer, client: ZStackClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="zstack_sdk")
    flaky = FlakyTransport(2, httpx.ConnectError)
    with ZStackClient(server.base_url, session_id=client.session_id, transport=flaky) as c:
        c.sync_vm_backup(image_store_uuid=STORAGE)
    assert flaky.attempts[:3] == ["PUT", "PUT", "PUT"]
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retry")]
    assert retries == [
        f"retry PUT /zstack/v1/vm-backups/imageStore/{STORAGE}/actions after ConnectError "
        f"(retry {n} of 2)"
        for n in (1, 2)
    ]


def test_read_errors_are_retried_only_for_gets(server: RunningServer, client: ZStackClient) -> None:
    flaky = FlakyTransport(1, httpx.ReadError)
    with ZStackClient(server.base_url, session_id=client.session_id, transport=flaky) as c:
        with pytest.raises(ZStackConnectionError):
            c.sync_vm_backup(image_store_uuid=STORAGE)  # a PUT may have been applied
        assert flaky.attempts == ["PUT"]
        flaky.failures = 1
        assert c.query_vm_instance(limit=1).inventories
        assert flaky.attempts[1:] == ["GET", "GET"]


def test_unreachable_server_is_a_connection_error() -> None:
    with (
        ZStackClient("http://127.0.0.1:9", max_retries=1) as c,
        pytest.raises(ZStackConnectionError),
    ):
        c.login(account_name="admin", password="password")


def test_import_and_first_call_load_few_models(server: RunningServer) -> None:
    code = f"""
import sys
sys.path.insert(0, {str(SDK_DIR)!r})
import zstack_sdk
assert "pydantic" not in sys.modules, "import zstack_sdk must not load pydantic models"
with zstack_sdk.ZStackClient({server.base_url!r}) as c:
    c.login(account_name="admin", password="password")
    c.query_vm_instance(limit=1)
loaded = [m for m in sys.modules if m.startswith("zstack_sdk.models.")]
print(len(loaded))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 1 <= int(done.stdout) < 30  # of ~1,200 model modules


# ------------------------------------------------------------------- async


def test_async_client_mirrors_the_sync_one(server: RunningServer) -> None:
    async def scenario() -> dict[str, Any]:
        out: dict[str, Any] = {}
        async with AsyncZStackClient(server.base_url, poll_timeout=10) as c:
            out["session"] = await c.login(account_name="admin", password="password")
            r = await c.create_vm_backup(
                root_volume_uuid=VOLUME, backup_storage_uuid=STORAGE, name="async"
            )
            out["path"] = (r.inventories or [])[0].backup_storage_refs[0].install_path  # type: ignore[index]
            vms = await c.query_vm_instance(conditions=["state=Stopped"], sort_by="name")
            out["stopped"] = [vm.name for vm in vms.inventories or []]
            out["all"] = [vm.uuid async for vm in c.query_vm_instance_pages(page_size=10)]
            try:
                await c.create_vm_instance(
                    name="fail-me",
                    image_uuid="i",
                    l3_network_uuids=["l"],
                    instance_offering_uuid="o",
                )
            except ZStackApiError as err:
                out["error"] = (err.status, err.code, err.root_cause.code)
            await c.logout()
            try:
                await c.query_vm_instance(limit=1)
            except ZStackApiError as err:
                out["after_logout"] = err.status
        async with AsyncZStackClient(
            server.base_url,
            access_key_id=AK_ID,
            access_key_secret=AK_SECRET,
            server_version="3.0.0",
        ) as ak:
            out["ak"] = len((await ak.query_vm_instance(limit=2)).inventories or [])
            try:
                await ak.create_cbt_task(name="x")
            except ZStackVersionError:
                out["gated"] = True
            try:
                await ak.delete_vm_backup(group_uuid="g", backup_storage_uuids=[])
            except ZStackValidationError as err:
                out["checked"] = err.constraint
        return out

    out = asyncio.run(scenario())
    assert HEX32.match(out["session"]) and out["path"].startswith("zstore://")
    assert out["stopped"] and out["stopped"] == sorted(out["stopped"])
    assert len(out["all"]) >= 25 and len(set(out["all"])) == len(out["all"])
    assert out["error"] == (503, "SYS.1006", "SYS.1001")
    assert out["after_logout"] == 401 and out["ak"] == 2 and out["gated"]
    assert out["checked"] == "minItems"


def test_async_expired_job_and_timeout() -> None:
    async def scenario(srv: RunningServer, poll_timeout: float) -> BaseException:
        async with AsyncZStackClient(srv.base_url, poll_timeout=poll_timeout) as c:
            await c.login(account_name="admin", password="password")
            try:
                await c.sync_vm_backup(image_store_uuid=STORAGE)
            except Exception as exc:  # the error is what this test inspects
                return exc
        raise AssertionError("the call should have failed")

    with start_server(job_ttl_s=0.0) as srv:
        assert isinstance(asyncio.run(scenario(srv, 5)), ZStackJobExpiredError)
    with start_server(polls_before_done=10_000) as srv:
        assert isinstance(asyncio.run(scenario(srv, 0.2)), ZStackPollTimeoutError)
