"""The generated SDK contains every failure: hostile answers from the local ZStack server
(over real sockets) end in a ``ZStackError`` subclass, bounded in time, memory and
stack, with no secret in the message. Sync and async."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
import traceback
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.sdk_env import SDK_DIR
from tests.zstack_server import RunningServer, start_server

from zstack_sdk import (  # isort: skip
    AsyncZStackClient,
    ZStackApiError,
    ZStackClient,
    ZStackConfigurationError,
    ZStackConnectionError,
    ZStackError,
    ZStackPollTimeoutError,
    ZStackProtocolError,
    ZStackResponseTooLargeError,
    ZStackSessionExpiredError,
    ZStackValidationError,
)

STORAGE = "b" * 32


def run_async(factory: Callable[[], Awaitable[Any]]) -> Any:
    return asyncio.run(factory())


def failure_of(call: Callable[[], Any]) -> BaseException:
    try:
        call()
    except BaseException as exc:  # the failure is what the test inspects
        return exc
    raise AssertionError("the call should have failed")


async def afailure_of(call: Callable[[], Awaitable[Any]]) -> BaseException:
    try:
        await call()
    except BaseException as exc:  # the failure is what the test inspects
        return exc
    raise AssertionError("the call should have failed")


@pytest.fixture(scope="module")
def hostile() -> Iterator[RunningServer]:
    with start_server(
        hostile={
            "/vm-instances": "deep-503",
            "/management-nodes": "html-200",
            "/plugin-echo": "huge-chunked",
        },
        hostile_depth=990,
        huge_body_bytes=64 * 1024 * 1024,
    ) as srv:
        yield srv


# ------------------------------------------------------------- error shapes


def test_a_503_nested_990_deep_is_an_api_error(hostile: RunningServer) -> None:
    with ZStackClient(hostile.base_url) as c:
        c.login(account_name="admin", password="password")
        err = failure_of(lambda: c.vm_instances.query_vm_instance(limit=1))
    assert isinstance(err, ZStackApiError) and err.status == 503
    # Printing it is bounded too (a 990-long __cause__ chain would not be).
    assert len("".join(traceback.format_exception(err))) < 200_000


def test_a_deep_but_parsable_cause_chain_is_cut_keeping_both_ends() -> None:
    with (
        start_server(hostile={"/vm-instances": "deep-503"}, hostile_depth=300) as srv,
        ZStackClient(srv.base_url) as c,
    ):
        c.login(account_name="admin", password="password")
        err = failure_of(lambda: c.vm_instances.query_vm_instance(limit=1))
    assert isinstance(err, ZStackApiError) and err.code == "SYS.1006"
    chain, node = 0, err
    while node.cause is not None:
        chain, node = chain + 1, node.cause
    assert chain < 40 and err.root_cause.code == "SYS.1001"
    traceback.format_exception(err)


def test_html_on_a_200_is_a_protocol_error(hostile: RunningServer) -> None:
    with ZStackClient(hostile.base_url) as c:
        c.login(account_name="admin", password="password")
        typed = failure_of(lambda: c.management_nodes.query_management_node())
        raw = failure_of(lambda: c.request("GET", "/management-nodes"))
    for err in (typed, raw):
        assert isinstance(err, ZStackProtocolError), repr(err)
        assert err.status == 200 and "502 Bad Gateway" in err.excerpt
        assert "502 Bad Gateway" in str(err) and len(str(err)) < 400


def test_async_deep_error_and_html(hostile: RunningServer) -> None:
    async def scenario() -> tuple[BaseException, BaseException]:
        async with AsyncZStackClient(hostile.base_url) as c:
            await c.login(account_name="admin", password="password")
            deep = await afailure_of(lambda: c.vm_instances.query_vm_instance(limit=1))
            html = await afailure_of(lambda: c.management_nodes.query_management_node())
        return deep, html

    deep, html = run_async(scenario)
    assert isinstance(deep, ZStackApiError) and deep.status == 503
    assert isinstance(html, ZStackProtocolError) and html.status == 200


# ------------------------------------------------------------------ big bodies


def test_a_huge_chunked_answer_stops_at_the_cap(hostile: RunningServer) -> None:
    with ZStackClient(hostile.base_url, max_response_bytes=2 * 1024 * 1024) as c:
        c.login(account_name="admin", password="password")
        started = time.monotonic()
        err = failure_of(lambda: c.request("GET", "/plugin-echo"))
        assert isinstance(err, ZStackResponseTooLargeError) and isinstance(err, ZStackError)
        assert "max_response_bytes=2097152" in str(err)
        assert time.monotonic() - started < 5
        # The client still works after abandoning the body.
        assert c.scheduler.sync_vm_backup(image_store_uuid=STORAGE) is not None

    async def scenario() -> BaseException:
        async with AsyncZStackClient(hostile.base_url, max_response_bytes=1024 * 1024) as ac:
            await ac.login(account_name="admin", password="password")
            return await afailure_of(lambda: ac.request("GET", "/plugin-echo"))

    assert isinstance(run_async(scenario), ZStackResponseTooLargeError)


def test_a_400_mb_answer_is_never_read_whole() -> None:
    """The default cap (256 MB) refuses a declared 400 MB body before reading it; the
    client process stays small (measured in a fresh interpreter)."""
    if not Path("/proc/self/status").exists():
        pytest.skip("needs Linux's /proc to read the peak RSS")
    with start_server(hostile={"/plugin-echo": "huge-body"}) as srv:
        code = f"""
import re, sys, time
sys.path.insert(0, {str(SDK_DIR)!r})
from zstack_sdk import ZStackClient, ZStackResponseTooLargeError
with ZStackClient({srv.base_url!r}) as c:
    c.login(account_name="admin", password="password")
    t = time.monotonic()
    try:
        c.request("GET", "/plugin-echo")
    except ZStackResponseTooLargeError:
        # VmHWM: this process's peak RSS (ru_maxrss would include the forking pytest's).
        status = open("/proc/self/status").read()
        print("refused", time.monotonic() - t, re.search(r"VmHWM:\\s+(\\d+)", status).group(1))
"""
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
        )
    verdict, seconds, max_rss_kb = done.stdout.split()
    assert verdict == "refused" and float(seconds) < 2
    assert int(max_rss_kb) < 150 * 1024  # 1.3 GB before


# -------------------------------------------------------------- poll deadline


def test_poll_timeout_is_a_total_deadline_including_slow_polls() -> None:
    with start_server(poll_delay_s=2.0, polls_before_done=1) as srv:
        with ZStackClient(srv.base_url, poll_timeout=0.8) as c:
            c.login(account_name="admin", password="password")
            started = time.monotonic()
            err = failure_of(lambda: c.scheduler.sync_vm_backup(image_store_uuid=STORAGE))
            took = time.monotonic() - started
        assert isinstance(err, ZStackPollTimeoutError), repr(err)
        assert took < 1.5, took  # 2.7 s and a ZStackConnectionError before

        async def scenario() -> tuple[BaseException, float]:
            async with AsyncZStackClient(srv.base_url, poll_timeout=0.8) as ac:
                await ac.login(account_name="admin", password="password")
                started = time.monotonic()
                exc = await afailure_of(
                    lambda: ac.scheduler.sync_vm_backup(image_store_uuid=STORAGE)
                )
                return exc, time.monotonic() - started

        aerr, atook = run_async(scenario)
    assert isinstance(aerr, ZStackPollTimeoutError) and atook < 1.5


# ---------------------------------------------------------------- paths, URLs


@pytest.mark.parametrize(
    ("value", "raw"), [("..", "%2E%2E"), (".", "%2E"), ("a/../b", "a%2F..%2Fb"), ("a b", "a%20b")]
)
def test_path_variables_are_one_encoded_segment(value: str, raw: str) -> None:
    with start_server() as srv, ZStackClient(srv.base_url) as c:
        c.login(account_name="admin", password="password")
        with pytest.raises(ZStackApiError):  # the server knows no such image
            c.images.delete_image(uuid=value)
        delete = srv.state.last_request("DELETE")
    assert delete.raw_path == f"/zstack/v1/images/{raw}"  # "/zstack/v1" before, for ".."


def test_async_dot_segments_stay_in_the_path() -> None:
    async def scenario(base_url: str) -> None:
        async with AsyncZStackClient(base_url) as c:
            await c.login(account_name="admin", password="password")
            await afailure_of(lambda: c.images.delete_image(uuid=".."))

    with start_server() as srv:
        run_async(lambda: scenario(srv.base_url))
        assert srv.state.last_request("DELETE").raw_path == "/zstack/v1/images/%2E%2E"


@pytest.mark.parametrize("url", ["127.0.0.1:8080", "zstack.example.com", "ftp://h:21", "http://"])
def test_a_base_url_without_a_scheme_is_refused(url: str) -> None:
    for cls in (ZStackClient, AsyncZStackClient):
        with pytest.raises(ZStackConfigurationError, match="scheme") as info:
            cls(url)
        assert isinstance(info.value, ZStackError) and isinstance(info.value, ValueError)


# ------------------------------------------------------------------- transport


def test_a_custom_http_client_keeps_the_clients_timeout(server_url: str) -> None:
    seen: list[dict[str, float]] = []

    def remember(request: httpx.Request) -> None:
        seen.append(dict(request.extensions["timeout"]))

    with (
        httpx.Client(event_hooks={"request": [remember]}) as http,
        ZStackClient(server_url, timeout=12.5, http_client=http) as c,
    ):
        c.login(account_name="admin", password="password")
    assert seen and all(t["read"] == 12.5 and t["connect"] == 12.5 for t in seen)

    async def aremember(request: httpx.Request) -> None:
        seen.append(dict(request.extensions["timeout"]))

    async def scenario() -> None:
        async with (
            httpx.AsyncClient(event_hooks={"request": [aremember]}) as http,
            AsyncZStackClient(server_url, timeout=7.0, http_client=http) as c,
        ):
            await c.login(account_name="admin", password="password")

    seen.clear()
    run_async(scenario)
    assert seen and all(t["read"] == 7.0 for t in seen)


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    with start_server() as srv:
        yield srv.base_url


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A CA, a server certificate for 127.0.0.1 and a client certificate (openssl)."""
    import shutil

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
            "ca.pem", "-days", "2", "-subj", "/CN=zstack-test-ca")  # fmt: skip
    for name, extra in (("server", "subjectAltName=IP:127.0.0.1\n"), ("client", "")):
        (d / f"{name}.ext").write_text(
            extra + "basicConstraints=CA:FALSE\nauthorityKeyIdentifier=keyid,issuer\n"
        )
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out",
                f"{name}.csr", "-subj", f"/CN={name}")  # fmt: skip
        openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                "-CAcreateserial", "-out", f"{name}.pem", "-days", "2", "-extfile",
                f"{name}.ext")  # fmt: skip
    return {n: d / n for n in ("ca.pem", "server.pem", "server.key", "client.pem", "client.key")}


def test_https_with_a_ca_bundle_and_a_client_certificate(certificates: dict[str, Path]) -> None:
    ca, cert = (
        str(certificates["ca.pem"]),
        (
            str(certificates["client.pem"]),
            str(certificates["client.key"]),
        ),
    )
    with start_server(
        tls_cert=str(certificates["server.pem"]),
        tls_key=str(certificates["server.key"]),
        tls_client_ca=ca,
    ) as srv:
        assert srv.base_url.startswith("https://")
        with ZStackClient(srv.base_url, verify=ca, cert=cert) as c:
            assert len(c.login(account_name="admin", password="password")) == 32
        with ZStackClient(srv.base_url, verify=False, cert=cert) as c:
            c.login(account_name="admin", password="password")
        for kwargs in ({"cert": cert}, {"verify": ca}):  # unknown CA; no client certificate
            with (
                ZStackClient(srv.base_url, max_retries=0, **kwargs) as c,  # type: ignore[arg-type]
                pytest.raises(ZStackConnectionError),
            ):
                c.login(account_name="admin", password="password")

        async def scenario() -> str:
            async with AsyncZStackClient(srv.base_url, verify=ca, cert=cert) as ac:
                return await ac.login(account_name="admin", password="password")

        assert len(run_async(scenario)) == 32
    with pytest.raises(ZStackConfigurationError, match="TLS"):
        ZStackClient("https://h", verify="/nonexistent/ca.pem")


# --------------------------------------------------------------------- secrets


def test_no_session_id_in_error_messages(server_url: str) -> None:
    with ZStackClient(server_url) as c:
        session = c.login(account_name="admin", password="password")
    # The LogOut URL carries the session id; an unreachable server puts it in the error.
    with ZStackClient("http://127.0.0.1:9", session_id=session, max_retries=0) as dead:
        err = failure_of(lambda: dead.accounts.log_out(session_uuid=session))
    assert isinstance(err, ZStackConnectionError)
    assert session not in str(err) and "/accounts/sessions/***" in str(err)
    # The server echoes the session in its error ("Session[uuid:...] expired").
    with ZStackClient(server_url, session_id="f" * 32) as stale:
        expired = failure_of(lambda: stale.vm_instances.query_vm_instance(limit=1))
    assert isinstance(expired, ZStackSessionExpiredError)
    assert "f" * 32 not in str(expired) and "f" * 32 not in (expired.details or "")


def test_validation_errors_do_not_echo_passwords(server_url: str) -> None:
    secret = "s3cr3t-" * 60
    with ZStackClient(server_url) as c:
        c.login(account_name="admin", password="password")
        err = failure_of(
            lambda: c.vm_instances.change_vm_password(uuid="u", account="root", password=secret)
        )
    assert isinstance(err, ZStackValidationError) and err.constraint == "maxLength"
    assert "s3cr3t" not in str(err) and "s3cr3t" not in repr(err.args) and err.value is None
    assert "password=<redacted>" in str(err)
