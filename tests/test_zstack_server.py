"""The fake ZStack server, exercised with plain httpx over real sockets."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

try:
    from tests.zstack_server import RunningServer, deterministic_uuid, java_double, start_server
except (
    ModuleNotFoundError
):  # pytest's default "prepend" mode puts tests/, not the repo, on sys.path
    from zstack_server import (  # type: ignore[no-redef]
        RunningServer,
        deterministic_uuid,
        java_double,
        start_server,
    )

REPO = Path(__file__).resolve().parents[1]
PASSWORD_SHA512 = hashlib.sha512(b"password").hexdigest()
ZSTACK_DATE = re.compile(r"^[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d{2}:\d{2} (AM|PM)$")
UUID_HEX = re.compile(r"^[0-9a-f]{32}$")
AK_ID = "test-key-id"
AK_SECRET = "test-key-secret"


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with start_server(ak_id=AK_ID, ak_secret=AK_SECRET) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url(""), timeout=5) as http:
        yield http


@pytest.fixture(scope="module")
def auth(client: httpx.Client) -> dict[str, str]:
    return {"Authorization": f"OAuth {login(client)}"}


@pytest.fixture(scope="module")
def pristine() -> Iterator[httpx.Client]:
    """A logged-in client of a server no other test mutates, so seeded counts hold."""
    with start_server() as srv, httpx.Client(base_url=srv.url(""), timeout=5) as http:
        http.headers["Authorization"] = f"OAuth {login(http)}"
        yield http


def login(client: httpx.Client, password_sha512: str = PASSWORD_SHA512) -> str:
    r = client.put(
        "/accounts/login",
        json={"logInByAccount": {"accountName": "admin", "password": password_sha512}},
    )
    assert r.status_code == 200, r.text
    return str(r.json()["inventory"]["uuid"])


def poll(client: httpx.Client, location: str, headers: dict[str, str]) -> list[httpx.Response]:
    """Follow a job location until it stops answering 202 (bounded, to fail fast)."""
    answers = []
    for _ in range(10):
        r = client.get(location, headers=headers)
        answers.append(r)
        if r.status_code != 202:
            break
    return answers


def ak_headers(
    method: str, path: str, *, secret: str = AK_SECRET, key_id: str = AK_ID
) -> dict[str, str]:
    """Sign like ZStack's SDKs: METHOD\\nDATE\\n/v1/... with the query left out."""
    date = format_datetime(datetime.now(UTC), usegmt=True)
    uri = "/v1" + path.split("?", 1)[0]
    digest = hmac.new(secret.encode(), f"{method}\n{date}\n{uri}".encode(), hashlib.sha1).digest()
    return {"Date": date, "Authorization": f"ZStack {key_id}:{base64.b64encode(digest).decode()}"}


def vm_uuid(i: int) -> str:
    return deterministic_uuid(f"vm-{i}")


# ----------------------------------------------------------------- sessions


def test_login_returns_session_inventory(client: httpx.Client) -> None:
    r = client.put(
        "/accounts/login",
        json={"logInByAccount": {"accountName": "admin", "password": PASSWORD_SHA512}},
    )
    assert r.status_code == 200
    inventory = r.json()["inventory"]
    assert UUID_HEX.match(inventory["uuid"])
    assert set(inventory) == {
        "uuid",
        "accountUuid",
        "userUuid",
        "userType",
        "expiredDate",
        "createDate",
    }
    assert ZSTACK_DATE.match(inventory["expiredDate"]) and ZSTACK_DATE.match(
        inventory["createDate"]
    )
    valid = client.get(f"/accounts/sessions/{inventory['uuid']}/valid")
    assert valid.status_code == 200 and valid.json() == {"valid": True}


@pytest.mark.parametrize(
    ("account", "password"),
    [
        ("admin", hashlib.sha512(b"wrong").hexdigest()),
        ("admin", "password"),
        ("root", PASSWORD_SHA512),
    ],
    ids=["wrong-password", "unhashed-password", "unknown-account"],
)
def test_login_rejects_bad_credentials(client: httpx.Client, account: str, password: str) -> None:
    r = client.put(
        "/accounts/login", json={"logInByAccount": {"accountName": account, "password": password}}
    )
    # A failed synchronous API is a 503 carrying the reply's error, as in ZStack's RestServer.
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "ID.1000"


def test_login_without_wrapper_is_bad_request(client: httpx.Client) -> None:
    r = client.put("/accounts/login", json={"accountName": "admin", "password": PASSWORD_SHA512})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "SYS.1007"


def test_session_is_required_and_dies_at_logout(
    server: RunningServer, client: httpx.Client
) -> None:
    missing = client.get("/vm-instances")
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "ID.1001"
    bogus = client.get("/vm-instances", headers={"Authorization": "OAuth " + "0" * 32})
    assert bogus.status_code == 401 and bogus.json()["error"]["code"] == "ID.1001"

    session = login(client)
    headers = {"Authorization": f"OAuth {session}"}
    assert client.get("/vm-instances", headers=headers).status_code == 200
    out = client.delete(f"/accounts/sessions/{session}")
    assert out.status_code == 200 and out.json() == {}  # a non-GET API answering 200 at once
    assert client.get("/vm-instances", headers=headers).status_code == 401
    assert client.get(f"/accounts/sessions/{session}/valid").json() == {"valid": False}

    other = login(client)
    server.state.expire_session(other)
    assert (
        client.get("/vm-instances", headers={"Authorization": f"OAuth {other}"}).status_code == 401
    )


# -------------------------------------------------------------- access keys


def test_access_key_signature_accepted(client: httpx.Client) -> None:
    r = client.get(
        "/vm-instances?q=state=Running&limit=2", headers=ak_headers("GET", "/vm-instances?q=x")
    )
    assert r.status_code == 200 and len(r.json()["inventories"]) == 2
    path = f"/vm-instances/{vm_uuid(0)}/actions"
    r = client.put(path, json={"rebootVmInstance": {}}, headers=ak_headers("PUT", path))
    assert r.status_code == 202


def test_access_key_rejections(client: httpx.Client) -> None:
    wrong_secret = client.get(
        "/vm-instances", headers=ak_headers("GET", "/vm-instances", secret="nope")
    )
    assert wrong_secret.status_code == 401 and wrong_secret.json()["error"]["code"] == "ID.1000"
    wrong_key = client.get(
        "/vm-instances", headers=ak_headers("GET", "/vm-instances", key_id="other")
    )
    assert wrong_key.status_code == 401
    # Signed for another path (or method): the signature covers both.
    assert (
        client.get("/vm-instances", headers=ak_headers("GET", "/management-nodes")).status_code
        == 401
    )
    assert (
        client.get("/vm-instances", headers=ak_headers("PUT", "/vm-instances")).status_code == 401
    )

    no_date = ak_headers("GET", "/vm-instances")
    del no_date["Date"]
    assert client.get("/vm-instances", headers=no_date).status_code == 400
    stale = ak_headers("GET", "/vm-instances")
    stale["Date"] = format_datetime(datetime.now(UTC) - timedelta(hours=1), usegmt=True)
    assert client.get("/vm-instances", headers=stale).status_code == 403
    malformed = {**ak_headers("GET", "/vm-instances"), "Authorization": "ZStack only-an-id"}
    assert client.get("/vm-instances", headers=malformed).status_code == 400


# -------------------------------------------------------------------- jobs


def test_async_job_polls_then_succeeds(
    server: RunningServer, client: httpx.Client, auth: dict[str, str]
) -> None:
    r = client.post(
        "/volumes/aa6fad9b71af3785a9fdec200bab3ee8/vm-backups",
        json={"params": {"backupStorageUuid": "bs1", "name": "backup-1"}, "systemTags": ["a::b"]},
        headers=auth,
    )
    assert r.status_code == 202
    body = r.json()
    assert body["apiTimeout"] == 60000
    assert body["location"].startswith(server.url("/api-jobs/"))
    answers = poll(client, body["location"], auth)
    assert [a.status_code for a in answers] == [202, 202, 200]
    done = answers[-1]
    assert '"size":1.073741824E9' in done.text  # Long printed as a Java double, like the manual
    (backup,) = done.json()["inventories"]
    assert backup["volumeUuid"] == "aa6fad9b71af3785a9fdec200bab3ee8"
    assert "description" not in backup  # Gson leaves null fields out
    assert backup["backupStorageRefs"][0]["backupStorageUuid"] == "bs1"
    job_uuid = body["location"].rsplit("/", 1)[1]
    assert server.state.job_polls(job_uuid) == 3
    # A finished job keeps answering its result until it expires.
    assert client.get(body["location"], headers=auth).status_code == 200
    job = server.state.jobs[job_uuid]
    assert job.request is not None and job.request.body["systemTags"] == ["a::b"]


def test_failed_job_answers_503_with_nested_cause(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    r = client.post(
        "/vm-instances",
        json={
            "params": {
                "name": "fail-me",
                "imageUuid": "i",
                "l3NetworkUuids": ["l"],
                "instanceOfferingUuid": "o",
            }
        },
        headers=auth,
    )
    assert r.status_code == 202
    last = poll(client, r.json()["location"], auth)[-1]
    assert last.status_code == 503
    error = last.json()["error"]
    assert error["code"] == "SYS.1006"
    assert error["cause"]["cause"]["code"] == "SYS.1001"
    assert {"code", "description", "details"} <= set(error["cause"])


def test_unknown_and_expired_jobs_are_404(
    server: RunningServer, client: httpx.Client, auth: dict[str, str]
) -> None:
    assert client.get("/api-jobs/" + "f" * 32, headers=auth).status_code == 404
    r = client.put(
        "/vm-backups/imageStore/087b41055fbc4875aef622142cbe5ac3/actions",
        json={"syncVmBackup": {}},
        headers=auth,
    )
    assert r.status_code == 202
    location = r.json()["location"]
    server.state.expire_job(location.rsplit("/", 1)[1])
    assert client.get(location, headers=auth).status_code == 404


def test_job_ttl_expires_jobs() -> None:
    with start_server(job_ttl_s=0.0, seed_vms=0) as srv, httpx.Client(base_url=srv.url("")) as http:
        headers = {"Authorization": f"OAuth {login(http)}"}
        r = http.put("/vm-backups/imageStore/x/actions", json={"syncVmBackup": {}}, headers=headers)
        assert http.get(r.json()["location"], headers=headers).status_code == 404


def test_polling_requires_credentials(client: httpx.Client, auth: dict[str, str]) -> None:
    r = client.put("/vm-backups/imageStore/x/actions", json={"syncVmBackup": {}}, headers=auth)
    assert client.get(r.json()["location"]).status_code == 401


def test_location_host_option_must_be_rewritten() -> None:
    with (
        start_server(
            location_host="10.0.0.1:8080", polls_before_done=0, api_timeout_ms=None
        ) as srv,
        httpx.Client(base_url=srv.url("")) as http,
    ):
        headers = {"Authorization": f"OAuth {login(http)}"}
        r = http.put("/vm-backups/imageStore/x/actions", json={"syncVmBackup": {}}, headers=headers)
        assert r.status_code == 202
        assert r.json() == {"location": r.json()["location"]}  # no apiTimeout, like old servers
        location = r.json()["location"]
        assert location.startswith("http://10.0.0.1:8080/zstack/v1/api-jobs/")
        rewritten = srv.base_url + location[len("http://10.0.0.1:8080") :]
        done = http.get(rewritten, headers=headers)
        assert done.status_code == 200 and done.json() == {}


def test_x_job_uuid_is_honoured_and_validated(
    server: RunningServer, client: httpx.Client, auth: dict[str, str]
) -> None:
    job_uuid = "d825b1a26f4e474b8c59306081920ff2"
    path = f"/vm-instances/{vm_uuid(1)}/actions"
    r = client.put(path, json={"startVmInstance": {}}, headers={**auth, "X-Job-UUID": job_uuid})
    assert r.status_code == 202
    assert r.json()["location"].endswith(f"/api-jobs/{job_uuid}")
    assert server.state.jobs[job_uuid].from_header
    assert server.state.last_request("PUT", "/zstack/v1" + path).job_uuid == job_uuid

    again = client.put(path, json={"startVmInstance": {}}, headers={**auth, "X-Job-UUID": job_uuid})
    assert again.status_code == 400  # ZStack refuses a job id it already knows

    before = len(server.state.jobs)
    for bad in ("D825B1A26F4E474B8C59306081920FF2", "d825b1a2-6f4e-474b-8c59-306081920ff2", "abc"):
        r = client.put(path, json={"startVmInstance": {}}, headers={**auth, "X-Job-UUID": bad})
        assert r.status_code == 400, bad
    assert len(server.state.jobs) == before
    # Query APIs never look at the header.
    assert (
        client.get("/vm-instances?limit=1", headers={**auth, "X-Job-UUID": "abc"}).status_code
        == 200
    )


# ------------------------------------------------------------ shared actions


def finish(client: httpx.Client, response: httpx.Response, auth: dict[str, str]) -> dict[str, Any]:
    assert response.status_code == 202, response.text
    last = poll(client, response.json()["location"], auth)[-1]
    assert last.status_code == 200, last.text
    result: dict[str, Any] = last.json()
    return result


def test_shared_action_url_dispatches_by_wrapper_key(
    client: httpx.Client, auth: dict[str, str]
) -> None:
    path = f"/vm-instances/{vm_uuid(2)}/actions"
    started = finish(client, client.put(path, json={"startVmInstance": {}}, headers=auth), auth)
    assert started["inventory"]["state"] == "Running" and started["inventory"]["hostUuid"]
    stopped = finish(
        client, client.put(path, json={"stopVmInstance": {"type": "cold"}}, headers=auth), auth
    )
    assert stopped["inventory"]["state"] == "Stopped" and "hostUuid" not in stopped["inventory"]
    updated = finish(
        client,
        client.put(
            path,
            json={"updateVmInstance": {"name": "renamed", "cpuNum": 3}, "userTags": []},
            headers=auth,
        ),
        auth,
    )
    assert updated["inventory"]["name"] == "renamed" and updated["inventory"]["cpuNum"] == 3
    rebooted = finish(client, client.put(path, json={"rebootVmInstance": {}}, headers=auth), auth)
    assert rebooted["inventory"]["state"] == "Running"
    fetched = client.get(f"/vm-instances/{vm_uuid(2)}", headers=auth).json()["inventories"][0]
    assert fetched["name"] == "renamed"

    for body in (
        {"explodeVmInstance": {}},
        {"startVmInstance": {}, "stopVmInstance": {}},
        {},
        {"systemTags": []},
    ):
        assert client.put(path, json=body, headers=auth).status_code == 400, body
    assert (
        client.put(path, json={"stopVmInstance": {"type": "gentle"}}, headers=auth).status_code
        == 400
    )

    missing_vm = client.put(
        f"/vm-instances/{'0' * 32}/actions", json={"startVmInstance": {}}, headers=auth
    )
    assert poll(client, missing_vm.json()["location"], auth)[-1].status_code == 503


def test_create_vm_then_read_it(client: httpx.Client, auth: dict[str, str]) -> None:
    params = {
        "name": "made",
        "imageUuid": "img",
        "l3NetworkUuids": ["l3"],
        "cpuNum": 2,
        "memorySize": 1024,
    }
    vm = finish(client, client.post("/vm-instances", json={"params": params}, headers=auth), auth)[
        "inventory"
    ]
    assert vm["name"] == "made" and vm["state"] == "Running"
    listed = client.get("/vm-instances", params={"q": "name=made"}, headers=auth).json()[
        "inventories"
    ]
    assert [v["uuid"] for v in listed] == [vm["uuid"]]
    del params["imageUuid"]
    assert client.post("/vm-instances", json={"params": params}, headers=auth).status_code == 400


def test_delete_sends_parameters_in_query(
    server: RunningServer, client: httpx.Client, auth: dict[str, str]
) -> None:
    group = "92046c016d7c3af7bdd4a5077fb91450"
    r = client.request(
        "DELETE",
        f"/vm-backups/{group}?backupStorageUuids=a&backupStorageUuids=b&deleteMode=Permissive",
        headers=auth,
        content=b"this body is ignored, not even parsed",
    )
    assert r.status_code == 202
    assert finish(client, r, auth) == {}
    sent = server.state.last_request("DELETE", f"/zstack/v1/vm-backups/{group}")
    assert sent.query == [
        ("backupStorageUuids", "a"),
        ("backupStorageUuids", "b"),
        ("deleteMode", "Permissive"),
    ]
    assert sent.query_values("backupStorageUuids") == ["a", "b"]
    assert (
        client.delete(f"/vm-backups/{group}?deleteMode=Sometimes", headers=auth).status_code == 400
    )


# --------------------------------------------------------------- sync APIs


def test_sync_apis_answer_200_at_once(client: httpx.Client, auth: dict[str, str]) -> None:
    version = client.put("/management-nodes/actions", json={"getVersion": {}})
    assert version.status_code == 200 and version.json() == {"version": "5.5.6"}
    now = client.put("/management-nodes/actions", json={"getCurrentTime": {}}).json()["currentTime"]
    assert now["Seconds"] > 1.5e9
    nodes = client.get("/management-nodes", headers=auth)
    assert nodes.status_code == 200 and len(nodes.json()["inventories"]) == 1


# ------------------------------------------------------------------ queries


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [vm["name"] for vm in response.json()["inventories"]]


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        (["state=Running"], 11),
        (["state!=Running"], 14),
        (["cpuNum>4"], 10),
        (["cpuNum>=4"], 15),
        (["cpuNum<2"], 5),
        (["cpuNum<=2", "state=Stopped"], 2),
        (["name?=web-00,db-01,nobody"], 2),
        (["name!?=web-00,db-01"], 23),
        (["name~=web-%"], 5),
        (["name~=web-_5"], 2),
        (["name!~=web-%"], 20),
        (["description=null"], 6),
        (["description!=null"], 19),
        (["description!=seeded vm 0"], 18),  # NULL != x is not true, as in SQL
        (["createDate>Nov 20, 2017 12:00:00 AM"], 20),
        (["createDate<=2017-11-16 00:00:00"], 2),
        (["vmNics.ip=192.168.1.12"], 1),
        (["q-less"], None),
    ],
)
def test_query_conditions(
    pristine: httpx.Client, conditions: list[str], expected: int | None
) -> None:
    if expected is None:  # a condition without an operator is a bad request
        assert pristine.get("/vm-instances", params={"q": conditions}).status_code == 400
        return
    r = pristine.get("/vm-instances", params={"q": conditions, "count": "true"})
    assert r.status_code == 200 and r.json() == {"total": expected}, conditions


def test_query_sort_paging_fields(pristine: httpx.Client) -> None:
    q = {"q": "cpuNum=16", "sort": "-createDate"}
    assert names(pristine.get("/vm-instances", params=q)) == [
        "test-24",
        "test-19",
        "test-14",
        "test-09",
        "test-04",
    ]
    # An unencoded "+" arrives as a space and still means ascending.
    ascending = pristine.get("/vm-instances?q=cpuNum=16&sort=+name")
    assert names(ascending) == ["test-04", "test-09", "test-14", "test-19", "test-24"]

    page = pristine.get(
        "/vm-instances",
        params={"sort": "-cpuNum", "start": "2", "limit": "3", "replyWithCount": "true"},
    )
    body = page.json()
    assert body["total"] >= 25 and len(body["inventories"]) == 3
    assert [vm["cpuNum"] for vm in body["inventories"]] == [16.0, 16.0, 16.0]
    assert "total" not in pristine.get("/vm-instances?limit=1").json()
    assert len(pristine.get("/vm-instances").json()["inventories"]) >= 25  # limit defaults to 1000

    slim = pristine.get("/vm-instances", params={"q": "name=web-00", "fields": "uuid,name,cpuNum"})
    assert slim.json()["inventories"] == [{"uuid": vm_uuid(0), "name": "web-00", "cpuNum": 1.0}]
    assert '"cpuNum":1.0' in slim.text

    one = pristine.get(f"/vm-instances/{vm_uuid(5)}")
    assert one.status_code == 200 and [vm["uuid"] for vm in one.json()["inventories"]] == [
        vm_uuid(5)
    ]
    assert pristine.get(f"/vm-instances/{'e' * 32}").json() == {"inventories": []}

    for bad in (
        {"q": "nosuch=1"},
        {"sort": "-nosuch"},
        {"fields": "nosuch"},
        {"limit": "x"},
        {"q": "cpuNum>many"},
    ):
        assert pristine.get("/vm-instances", params=bad).status_code == 400, bad


# -------------------------------------------------------------- HTTP errors


def test_http_level_errors(client: httpx.Client, auth: dict[str, str]) -> None:
    assert client.get("/no-such-resources", headers=auth).status_code == 404
    assert httpx.get(client.base_url.copy_with(path="/elsewhere")).status_code == 404
    wrong_method = client.post(f"/vm-instances/{vm_uuid(0)}", headers=auth)
    assert wrong_method.status_code == 405 and "GET" in wrong_method.headers["Allow"]
    assert client.get("/management-nodes/actions", headers=auth).status_code == 405
    malformed = client.put(
        f"/vm-instances/{vm_uuid(0)}/actions", content=b"{not json", headers=auth
    )
    assert malformed.status_code == 400 and malformed.json()["error"]["code"] == "SYS.1007"
    missing = client.post("/volumes/v/vm-backups", json={"params": {"name": "x"}}, headers=auth)
    assert missing.status_code == 400 and "backupStorageUuid" in missing.json()["error"]["details"]


def test_plain_text_rest_errors_option() -> None:
    with start_server(plain_text_rest_errors=True, seed_vms=0) as srv:
        r = httpx.get(srv.url("/vm-instances"))
        assert r.status_code == 401 and r.headers["content-type"].startswith("text/plain")
        assert r.text == "missing header 'Authorization'"


def test_requests_are_recorded(
    server: RunningServer, client: httpx.Client, auth: dict[str, str]
) -> None:
    client.get("/vm-instances?q=name=web-00&q=state=Running", headers={**auth, "X-Custom": "yes"})
    sent = server.state.last_request("GET", "/zstack/v1/vm-instances")
    assert sent.query == [("q", "name=web-00"), ("q", "state=Running")]
    assert (
        sent.header("x-custom") == "yes" and sent.header("Authorization") == auth["Authorization"]
    )
    assert sent.status == 200 and sent.body is None


def test_java_double_formatting() -> None:
    assert [
        java_double(v) for v in (1.0, 0.0, 1073741824.0, 1e7, 123.5, 1.494480176967e12, -2.5e10)
    ] == [
        "1.0",
        "0.0",
        "1.073741824E9",
        "1.0E7",
        "123.5",
        "1.494480176967E12",
        "-2.5E10",
    ]


def test_module_entry_point_prints_base_url() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.zstack_server", "--port", "0", "--seed-vms", "0"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
        r = httpx.put(f"{base_url}/zstack/v1/management-nodes/actions", json={"getVersion": {}})
        assert r.status_code == 200
    finally:
        proc.terminate()
        assert proc.wait(timeout=5) == 0


# ------------------------------------------------------- shapes of ZStack's classes

SDK_FACTS = REPO.parent / "shared" / "oracles" / "zstack-java-sdk-truth.json"
# Which nested field holds which class, for the classes this server answers with.
NESTED = {
    ("VmInstanceInventory", "vmNics"): "VmNicInventory",
    ("VmInstanceInventory", "allVolumes"): "VolumeInventory",
    ("VolumeBackupInventory", "backupStorageRefs"): "VolumeBackupStorageRefInventory",
}


def _class_fields() -> dict[str, list[str]]:
    import json

    if not SDK_FACTS.exists():
        pytest.skip(f"{SDK_FACTS} is absent: the shared ZStack material lives next to the checkout")
    facts = json.loads(SDK_FACTS.read_text(encoding="utf-8"))
    classes = {**facts["other_structs"], **facts["structs"]}
    return {name: [f["name"] for f in fields] for name, fields in classes.items()}


def _shape_errors(obj: dict[str, Any], cls: str, fields: dict[str, list[str]]) -> list[str]:
    """Keys `obj` has that class `cls` lacks, recursively (Gson omits nulls, so a
    missing key is no error on the wire)."""
    errors = [f"{cls}.{k}" for k in obj if k not in fields[cls]]
    for (owner, key), nested in NESTED.items():
        if owner == cls:
            for item in obj.get(key) or []:
                errors += _shape_errors(item, nested, fields)
    return errors


def test_answers_have_the_fields_of_zstacks_classes(
    server: RunningServer, client: httpx.Client, auth: dict[str, str]
) -> None:
    """Results as ZStack's Java SDK 5.2.0 classes (what the server serialises): the
    records hold exactly each class's fields, the answers no other field."""
    fields = _class_fields()
    vm = server.state.vms[vm_uuid(0)]
    assert list(vm) == fields["VmInstanceInventory"]
    assert list(vm["vmNics"][0]) == fields["VmNicInventory"]
    assert list(vm["allVolumes"][0]) == fields["VolumeInventory"]
    listed = client.get("/vm-instances", params={"limit": 3}, headers=auth).json()
    assert set(listed) <= set(fields["QueryVmInstanceResult"])
    for inventory in listed["inventories"]:
        assert _shape_errors(inventory, "VmInstanceInventory", fields) == []
    r = client.post(
        f"/volumes/{deterministic_uuid('shape')}/vm-backups",
        json={"params": {"backupStorageUuid": "bs1", "name": "shape"}},
        headers=auth,
    )
    done = poll(client, r.json()["location"], auth)[-1].json()
    assert set(done) <= set(fields["CreateVmBackupResult"])
    (backup,) = done["inventories"]
    assert _shape_errors(backup, "VolumeBackupInventory", fields) == []
    group = server.state.vm_backups[backup["groupUuid"]][0]
    assert list(group) == fields["VolumeBackupInventory"]
    assert list(group["backupStorageRefs"][0]) == fields["VolumeBackupStorageRefInventory"]
    session = client.put(
        "/accounts/login",
        json={"logInByAccount": {"accountName": "admin", "password": PASSWORD_SHA512}},
    ).json()["inventory"]
    assert list(session) == fields["SessionInventory"]
