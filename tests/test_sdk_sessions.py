"""Sessions, login APIs, authentication errors, renewal, ``request()``, logging, the
User-Agent, types, structure and version of the generated SDK, against the local
ZStack server over real sockets (sync and async)."""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import logging
import pydoc
import re
import tomllib
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from tests.sdk_env import SDK_DIR
from tests.zstack_server import RunningServer, start_server

import zstack_sdk  # isort: skip
from zstack_sdk import (  # isort: skip
    AsyncZStackClient,
    ZStackApiError,
    ZStackAuthenticationError,
    ZStackClient,
    ZStackSessionExpiredError,
    ZStackValidationError,
)

HEX32 = re.compile(r"^[0-9a-f]{32}$")
AK_ID, AK_SECRET = "test-key-id", "test-key-secret"
STORAGE = "b" * 32


def sha512(text: str) -> str:
    return hashlib.sha512(text.encode()).hexdigest()


def run_async(factory: Callable[[], Awaitable[Any]]) -> Any:
    return asyncio.run(factory())


@pytest.fixture
def server() -> Iterator[RunningServer]:
    with start_server(polls_before_done=1, ak_id=AK_ID, ak_secret=AK_SECRET) as srv:
        yield srv


def _authorized_query(srv: RunningServer, session: str) -> None:
    get = srv.state.last_request("GET", "/zstack/v1/vm-instances")
    assert get.header("Authorization") == f"OAuth {session}" and get.status == 200


# ------------------------------------------------------------------ login APIs


def test_every_login_api_sends_what_the_server_expects_and_keeps_the_session(
    server: RunningServer,
) -> None:
    opts = server.state.options
    with ZStackClient(server.base_url) as c:
        r = c.accounts.log_in_by_account(account_name="admin", password="password")
        body = server.state.last_request("PUT", "/zstack/v1/accounts/login").body
        assert body == {"logInByAccount": {"accountName": "admin", "password": sha512("password")}}
        assert r.inventory is not None and c.session_id == r.inventory.uuid
        c.vm_instances.query_vm_instance(limit=1)
        _authorized_query(server, c.session_id)

        r2 = c.accounts.log_in_by_user(
            account_name="admin", user_name=opts.user_name, password=opts.user_password
        )
        body = server.state.last_request("PUT", "/zstack/v1/accounts/users/login").body
        assert body["logInByUser"]["password"] == sha512(opts.user_password)
        assert r2.inventory is not None and c.session_id == r2.inventory.uuid != r.inventory.uuid

        # LDAP: the directory checks the password, so it travels as given.
        c.ldap.log_in_by_ldap(uid=opts.ldap_uid, password=opts.ldap_password)
        body = server.state.last_request("PUT", "/zstack/v1/ldap/login").body
        assert body == {"logInByLdap": {"uid": opts.ldap_uid, "password": opts.ldap_password}}

        c.iam2_organizations.login_iam2_virtual_id(
            name=opts.virtual_id_name, password=opts.virtual_id_password
        )
        body = server.state.last_request("PUT", "/zstack/v1/iam2/virtual-ids/login").body
        assert body["loginIAM2VirtualID"]["password"] == sha512(opts.virtual_id_password)
        session = c.session_id
        assert session is not None and HEX32.match(session)
        c.vm_instances.query_vm_instance(limit=1)
        _authorized_query(server, session)
        # Logins need no session: none of them sent one.
        for login in server.state.requests_to("PUT", "*"):
            if login.path.endswith("login"):
                assert login.header("Authorization") is None


def test_async_login_apis_keep_the_session(server: RunningServer) -> None:
    opts = server.state.options

    async def scenario() -> str | None:
        async with AsyncZStackClient(server.base_url) as c:
            await c.accounts.log_in_by_user(user_name=opts.user_name, password=opts.user_password)
            await c.vm_instances.query_vm_instance(limit=1)
            return c.session_id

    session = run_async(scenario)
    assert session is not None
    _authorized_query(server, session)


def test_wrong_credentials_are_an_authentication_error(server: RunningServer) -> None:
    with ZStackClient(server.base_url) as c:
        for call in (
            lambda: c.login(account_name="admin", password="wrong"),
            lambda: c.accounts.log_in_by_user(user_name="ops", password="wrong"),
            lambda: c.ldap.log_in_by_ldap(uid="ldap-ops", password="wrong"),
        ):
            with pytest.raises(ZStackAuthenticationError) as info:
                call()
            assert info.value.code == "ID.1000"
            assert not isinstance(info.value, ZStackSessionExpiredError)
        assert c.session_id is None
    with (
        ZStackClient(server.base_url, access_key_id=AK_ID, access_key_secret="nope") as ak,
        pytest.raises(ZStackAuthenticationError) as bad_key,
    ):
        ak.vm_instances.query_vm_instance(limit=1)
    assert bad_key.value.status == 401 and bad_key.value.code == "ID.1000"
    assert not isinstance(bad_key.value, ZStackSessionExpiredError)


# ------------------------------------------------------------------ renewal


def test_an_expired_session_is_renewed_once_and_the_call_retried(
    server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="zstack_sdk")
    with ZStackClient(server.base_url) as c:
        first = c.login(account_name="admin", password="password")
        server.state.expire_session(first)
        server.state.clear_requests()
        # A synchronous query and an asynchronous action, each after an expiry.
        assert c.vm_instances.query_vm_instance(limit=2).inventories
        second = c.session_id
        assert second is not None and second != first
        server.state.expire_session(second)
        assert c.scheduler.sync_vm_backup(image_store_uuid=STORAGE) is not None
        assert c.session_id not in (first, second)
    sent = [(r.method, r.path.rsplit("/", 1)[-1], r.status) for r in server.state.requests]
    assert sent[:3] == [
        ("GET", "vm-instances", 401),
        ("PUT", "login", 200),
        ("GET", "vm-instances", 200),
    ]
    assert sent[3:6] == [("PUT", "actions", 401), ("PUT", "login", 200), ("PUT", "actions", 202)]
    assert any("renewing" in r.getMessage() for r in caplog.records)


def test_renewal_can_be_turned_off_and_a_session_id_client_raises(server: RunningServer) -> None:
    with ZStackClient(server.base_url, auto_renew=False) as c:
        session = c.login(account_name="admin", password="password")
        server.state.expire_session(session)
        with pytest.raises(ZStackSessionExpiredError) as info:
            c.vm_instances.query_vm_instance(limit=1)
        assert info.value.status == 401 and info.value.code == "ID.1001"
        assert isinstance(info.value, ZStackAuthenticationError)
    fresh = ZStackClient(server.base_url).login(account_name="admin", password="password")
    server.state.expire_session(fresh)
    logins = len(server.state.requests_to("PUT", "/zstack/v1/accounts/login"))
    with (
        ZStackClient(server.base_url, session_id=fresh) as given,
        pytest.raises(ZStackSessionExpiredError),
    ):
        given.vm_instances.query_vm_instance(limit=1)
    assert len(server.state.requests_to("PUT", "/zstack/v1/accounts/login")) == logins


def test_async_renewal(server: RunningServer) -> None:
    async def scenario() -> tuple[str, str | None]:
        async with AsyncZStackClient(server.base_url) as c:
            first = await c.login(account_name="admin", password="password")
            server.state.expire_session(first)
            await c.vm_instances.query_vm_instance(limit=1)
            return first, c.session_id

    first, second = run_async(scenario)
    assert second is not None and second != first


# --------------------------------------------------------------- request()


def test_request_reaches_a_route_the_spec_lacks(server: RunningServer) -> None:
    with ZStackClient(server.base_url) as c:
        session = c.login(account_name="admin", password="password")
        echoed = c.request("GET", "/plugin-echo", params={"a": 1, "b": [2, 3]})
        assert echoed == {"echo": {"a": "1", "b": "3"}}  # the server keeps the last value
        get = server.state.last_request("GET", "/zstack/v1/plugin-echo")
        assert get.query == [("a", "1"), ("b", "2"), ("b", "3")]
        assert get.header("Authorization") == f"OAuth {session}"
        assert get.header("X-Job-UUID") is None
        # Asynchronous: 202, then polled to the end, like a typed method.
        posted = c.request("POST", "/zstack/v1/plugin-echo", json={"params": {"x": "y"}})
        assert posted == {"echo": {"params": {"x": "y"}}}
        post = server.state.last_request("POST")
        assert post.status == 202 and HEX32.match(post.header("X-Job-UUID") or "")
        assert server.state.requests_to("GET", "/zstack/v1/api-jobs/*")
        mine = "0123456789abcdef0123456789abcdef"
        c.request("POST", "/plugin-echo", json={}, job_uuid=mine)
        assert server.state.last_request("POST").header("X-Job-UUID") == mine
        with pytest.raises(ZStackApiError) as info:
            c.request("DELETE", "/no-such-route")
        assert info.value.status == 404
        before = len(server.state.requests)
        for bad in ("vm-instances", "/../accounts", "/a/%2e%2E/b", "http://other/x", "/x?y=1"):
            with pytest.raises(ZStackValidationError, match="path"):
                c.request("GET", bad)
        with pytest.raises(ZStackValidationError, match="method"):
            c.request("PATCH", "/vm-instances")
        with pytest.raises(ZStackValidationError, match="JSON") as unsendable:
            c.request("PUT", "/plugin-echo", json={"password": "hunter2", "x": object()})
        assert "hunter2" not in str(unsendable.value)
        assert len(server.state.requests) == before
    with ZStackClient(server.base_url, access_key_id=AK_ID, access_key_secret=AK_SECRET) as ak:
        assert ak.request("GET", "/plugin-echo") == {"echo": {}}
        signed = server.state.last_request("GET").header("Authorization") or ""
        assert signed.startswith(f"ZStack {AK_ID}:")


def test_async_request(server: RunningServer) -> None:
    async def scenario() -> tuple[dict[str, Any], dict[str, Any]]:
        async with AsyncZStackClient(server.base_url) as c:
            await c.login(account_name="admin", password="password")
            return (
                await c.request("GET", "/plugin-echo", params={"q": "v"}),
                await c.request("POST", "/plugin-echo", json={"k": 1}),
            )

    got, posted = run_async(scenario)
    assert got == {"echo": {"q": "v"}} and posted == {"echo": {"k": 1}}


def test_call_by_api_name_uses_wire_names(server: RunningServer) -> None:
    with ZStackClient(server.base_url) as c:
        c.login(account_name="admin", password="password")
        r = c.call("QueryVmInstance", {"limit": 2})
        assert len(r.inventories) == 2
        with pytest.raises(KeyError, match="NoSuchApi"):
            c.call("NoSuchApi")


# ----------------------------------------------------------- logs, User-Agent


def test_debug_logs_name_requests_polls_retries_never_secrets(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="zstack_sdk")
    password = "Pa55-w0rd-only-here"
    with (
        start_server(
            polls_before_done=1, password=password, ak_id=AK_ID, ak_secret=AK_SECRET
        ) as server,
    ):
        with ZStackClient(server.base_url) as c:
            session = c.login(account_name="admin", password=password)
            c.scheduler.sync_vm_backup(image_store_uuid=STORAGE)
            server.state.expire_session(session)
            c.vm_instances.query_vm_instance(limit=1)
            renewed = c.session_id
            c.logout()
        with ZStackClient(server.base_url, access_key_id=AK_ID, access_key_secret=AK_SECRET) as ak:
            ak.vm_instances.query_vm_instance(limit=1)
    text = "\n".join(f"{r.name} {r.levelname} {r.getMessage()}" for r in caplog.records)
    assert "request PUT /zstack/v1/accounts/login (LogInByAccount)" in text
    assert "request GET /zstack/v1/vm-instances (QueryVmInstance)" in text
    assert re.search(r"poll SyncVmBackup job [0-9a-f]{32}", text)
    assert "retry GET /zstack/v1/vm-instances after renewing the session" in text
    assert "renewing it with LogInByAccount" in text
    assert "request DELETE /zstack/v1/accounts/sessions/{sessionUuid} (LogOut)" in text
    for secret in (password, sha512(password), session, renewed, AK_SECRET):
        assert secret and secret not in text
    assert {r.name for r in caplog.records} == {"zstack_sdk"}


def test_user_agent_names_the_sdk_and_python(server: RunningServer) -> None:
    import sys

    with ZStackClient(server.base_url) as c:
        c.login(account_name="admin", password="password")
    agent = server.state.last_request("PUT").header("User-Agent")
    assert (
        agent
        == f"zstack-sdk/{zstack_sdk.__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"
    )


# -------------------------------------------------- types, structure, version


def test_list_parameters_have_element_types() -> None:
    hints = inspect.signature(ZStackClient("http://h").vm_instances.create_vm_instance).parameters
    assert hints["l3_network_uuids"].annotation == "Sequence[str] | None"
    assert hints["data_disk_offering_uuids"].annotation == "Sequence[str] | None"
    backups = inspect.signature(ZStackClient("http://h").scheduler.delete_vm_backup).parameters
    assert backups["backup_storage_uuids"].annotation == "Sequence[str] | None"


def test_help_and_completion_stay_small() -> None:
    client_help = pydoc.render_doc(ZStackClient, renderer=pydoc.plaintext)
    assert len(client_help.splitlines()) < 1500  # 27,969 lines with 2,307 methods before
    public = [n for n in dir(ZStackClient) if not n.startswith("_")]
    assert 100 < len(public) < 250 and "vm_instances" in public and "request" in public
    vm_help = pydoc.render_doc(
        type(ZStackClient("http://h").vm_instances), renderer=pydoc.plaintext
    )
    assert "create_vm_instance" in vm_help and "query_zone" not in vm_help
    # The flat path still reaches every method, by the same name.
    c = ZStackClient("http://h")
    assert c.create_vm_instance.__func__ is type(c.vm_instances).create_vm_instance  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="no_such_method"):
        c.no_such_method  # noqa: B018


def test_namespaces_are_imported_on_first_use(server: RunningServer) -> None:
    import subprocess
    import sys

    code = f"""
import sys
sys.path.insert(0, {str(SDK_DIR)!r})
import zstack_sdk
before = {{m for m in sys.modules if m.startswith("zstack_sdk._apis.")}}
assert "asyncio" not in sys.modules and "pydantic" not in sys.modules
c = zstack_sdk.ZStackClient({server.base_url!r})
c.login(account_name="admin", password="password")
c.vm_instances.query_vm_instance(limit=1)
after = {{m for m in sys.modules if m.startswith("zstack_sdk._apis.")}}
print(len(before), sorted(after))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0 ['zstack_sdk._apis.vm_instances']"


def test_the_package_is_versioned_by_the_zstack_release_it_describes() -> None:
    pyproject = tomllib.loads((SDK_DIR / "pyproject.toml").read_text(encoding="utf-8"))
    assert zstack_sdk.__version__ == pyproject["project"]["version"]
    release, _, revision = zstack_sdk.__version__.rpartition(".")
    assert release == zstack_sdk.DOC_VERSION == zstack_sdk.SERVER_VERSION == "5.5.6"
    assert int(revision) >= 1
    assert (
        ZStackClient.assumed_server_version == AsyncZStackClient.assumed_server_version == "5.5.6"
    )


def test_a_session_expiring_while_a_job_is_polled_is_renewed(server: RunningServer) -> None:
    import httpx

    def expire_after_accepting(response: httpx.Response) -> None:
        if response.status_code == 202 and response.request.method == "PUT":
            auth = response.request.headers.get("Authorization", "")
            server.state.expire_session(auth.removeprefix("OAuth "))

    with (
        httpx.Client(event_hooks={"response": [expire_after_accepting]}) as http,
        ZStackClient(server.base_url, http_client=http) as c,
    ):
        first = c.login(account_name="admin", password="password")
        assert c.scheduler.sync_vm_backup(image_store_uuid=STORAGE) is not None
        assert c.session_id != first
    polls = server.state.requests_to("GET", "/zstack/v1/api-jobs/*")
    assert [p.status for p in polls] == [401, 202, 200]  # renewed, then polled on
    # The job was not submitted twice.
    assert len([r for r in server.state.requests if r.path.endswith("/actions")]) == 1


def test_identity_error_codes_pick_the_class() -> None:
    from zstack_sdk import ZStackPermissionDeniedError
    from zstack_sdk._replies import Reply, api_error

    def error(status: int, code: str | None) -> ZStackApiError:
        body = b'{"error": {"code": "%s"}}' % code.encode() if code else b"session expired"
        return api_error(Reply(status, "application/json", body), "Api")

    assert type(error(503, "ID.1000")) is ZStackAuthenticationError
    assert type(error(401, "ID.1000")) is ZStackAuthenticationError  # a refused signature
    assert type(error(503, "ID.1001")) is ZStackSessionExpiredError
    assert type(error(401, None)) is ZStackSessionExpiredError
    assert type(error(403, "ID.1002")) is ZStackPermissionDeniedError
    assert type(error(503, "SYS.1006")) is ZStackApiError


def test_async_errors_logs_and_user_agent(
    server: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    caplog.set_level(logging.DEBUG, logger="zstack_sdk")

    async def scenario() -> tuple[BaseException | None, BaseException | None, str]:
        async with AsyncZStackClient(server.base_url, auto_renew=False) as c:
            wrong = None
            try:
                await c.ldap.log_in_by_ldap(uid="ldap-ops", password="not-it")
            except ZStackAuthenticationError as exc:
                wrong = exc
            session = await c.login(account_name="admin", password="password")
            server.state.expire_session(session)
            expired = None
            try:
                await c.vm_instances.query_vm_instance(limit=1)
            except ZStackSessionExpiredError as exc:
                expired = exc
            return wrong, expired, session

    wrong, expired, session = run_async(scenario)
    assert isinstance(wrong, ZStackAuthenticationError) and wrong.code == "ID.1000"
    assert isinstance(expired, ZStackSessionExpiredError) and session not in str(expired)
    agent = server.state.last_request("PUT").header("User-Agent")
    assert (
        agent
        == f"zstack-sdk/{zstack_sdk.__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"
    )
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "request PUT /zstack/v1/ldap/login (LogInByLdap)" in text
    assert "not-it" not in text and session not in text


def test_renew_session_keeps_the_session_and_the_way_to_renew_it(server: RunningServer) -> None:
    with ZStackClient(server.base_url) as c:
        session = c.login(account_name="admin", password="password")
        renewed = c.accounts.renew_session(session_uuid=session, duration=3600)
        assert renewed.inventory is not None and renewed.inventory.uuid == session
        assert c.session_id == session
        server.state.expire_session(session)
        assert c.vm_instances.query_vm_instance(limit=1).inventories  # logged in again
        assert c.session_id != session


def test_the_generator_model_and_the_package_agree_on_names_and_passwords() -> None:
    import json

    from zstack_sdk import catalog

    from tests.sdk_env import REPO
    from zstack_openapi.generator.model.api import parse_document
    from zstack_openapi.generator.model.passwords import HASHED_PASSWORDS

    spec = json.loads((REPO / "spec" / "zstack.openapi.json").read_text(encoding="utf-8"))
    apis = {a.name: a for a in parse_document(spec).apis}
    assert apis["CreateVmInstance"].python_call == "client.vm_instances.create_vm_instance"
    for name, api in apis.items():
        assert api.python_call == catalog.python_call(name)
    # Each descriptor names the Python argument of every wire parameter.
    described = catalog.describe("CreateVmInstance")
    by_wire = dict(zip([w for w, _, _ in described.params], described.names, strict=True))
    assert (
        by_wire["l3NetworkUuids"] == "l3_network_uuids" and by_wire["systemTags"] == "system_tags"
    )
    # Every API the password table names exists, with those parameters, hashed.
    for name, wires in HASHED_PASSWORDS.items():
        assert catalog.describe(name).hashed == wires, name
    logins = {n for n in catalog.APIS if catalog.describe(n).session}
    assert {"LogInByAccount", "LogInByUser", "LogInByLdap", "LoginIAM2VirtualID"} <= logins
    assert "CreatePortMirrorSession" not in logins
