"""The `zstack` command of the generated package, run as a subprocess against the local
ZStack server over real sockets (``python -m zstack_sdk._cli``, the console script's
target; one test installs the package with pip and runs the script itself)."""

from __future__ import annotations

import hashlib
import json
import os
import pty
import re
import select
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.zstack_server import RunningServer, deterministic_uuid, start_server

REPO = Path(__file__).resolve().parents[1]
SDK_DIR = REPO / "generated" / "zstack-sdk"
if str(SDK_DIR) not in sys.path:
    sys.path.insert(0, str(SDK_DIR))

from zstack_sdk import _cli_catalog, _cli_complete, _cli_output, _cli_values  # noqa: E402

AK_ID, AK_SECRET = "cli-key-id", "cli-key-secret"
VM0 = deterministic_uuid("vm-0")
HEX32 = re.compile(r"^[0-9a-f]{32}$")


@dataclass
class Done:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with start_server(polls_before_done=2, ak_id=AK_ID, ak_secret=AK_SECRET) as running:
        yield running


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config" / "zstack"


def zstack(*args: str, config: Path, env: dict[str, str] | None = None) -> Done:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ZSTACK_")}
    clean.update(PYTHONPATH=str(SDK_DIR), ZSTACK_CONFIG_DIR=str(config), **(env or {}))
    done = subprocess.run(
        [sys.executable, "-m", "zstack_sdk._cli", *args],
        capture_output=True,
        text=True,
        env=clean,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return Done(done.returncode, done.stdout, done.stderr)


def login(server: RunningServer, config: Path, *extra: str) -> str:
    done = zstack(
        "--url",
        server.base_url,
        *extra,
        "LogInByAccount",
        "accountName=admin",
        "password=password",
        config=config,
    )
    assert done.code == 0, done.err
    session: str = done.json()["inventory"]["uuid"]
    return session


# ------------------------------------------------------------- login and profiles


def test_login_saves_a_private_profile_and_later_calls_reuse_it(
    server: RunningServer, config: Path
) -> None:
    session = login(server, config)
    sent = server.state.last_request("PUT", "/zstack/v1/accounts/login")
    assert sent.body == {
        "logInByAccount": {
            "accountName": "admin",
            "password": hashlib.sha512(b"password").hexdigest(),
        }
    }
    path = config / "default.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(config.stat().st_mode) == 0o700
    text = path.read_text(encoding="utf-8")
    assert "password" not in text and hashlib.sha512(b"password").hexdigest() not in text
    assert json.loads(text) == {
        "url": server.base_url,
        "session_uuid": session,
        "login_api": "LogInByAccount",
        "user": "admin",
        "server_version": "5.5.6",  # asked with GetVersion right after the login
    }
    # No --url, no password: the profile carries both the server and the session.
    done = zstack("QueryVmInstance", "limit=2", config=config)
    assert done.code == 0, done.err
    assert len(done.json()["inventories"]) == 2
    assert server.state.last_request("GET").header("Authorization") == f"OAuth {session}"
    # Another spelling of the same server still gets the session; another server does not.
    again = zstack("--url", server.base_url + "/zstack/v1/", "QueryVmInstance", config=config)
    assert again.code == 0, again.err
    assert server.state.last_request("GET").header("Authorization") == f"OAuth {session}"
    with start_server() as other:
        elsewhere = zstack("--url", other.base_url, "QueryVmInstance", config=config)
        assert other.state.last_request("GET").header("Authorization") is None
    assert elsewhere.code == 1 and "ID.1001" in elsewhere.err


def test_a_closed_pipe_is_not_an_error_report(config: Path) -> None:
    # The API list is far larger than a pipe's buffer, so the writer meets the closed end.
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ZSTACK_")}
    clean.update(PYTHONPATH=str(SDK_DIR), ZSTACK_CONFIG_DIR=str(config))
    command = f"{sys.executable} -m zstack_sdk._cli help | head -c 1"
    done = subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, env=clean, check=False
    )
    assert done.stdout == "a" and done.stderr == ""


def test_a_login_on_a_terminal_prompts_for_the_password(
    server: RunningServer, config: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZSTACK_")}
    env.update(PYTHONPATH=str(SDK_DIR), ZSTACK_CONFIG_DIR=str(config))
    argv = [sys.executable, "-m", "zstack_sdk._cli", "--url", server.base_url]
    argv += ["LogInByAccount", "accountName=admin"]
    pid, terminal = pty.fork()
    if pid == 0:  # the child: its controlling terminal is the pty
        os.execve(sys.executable, argv, env)
    shown, answered = b"", False
    while True:
        ready, _, _ = select.select([terminal], [], [], 30)
        if not ready:
            os.kill(pid, 9)
            raise AssertionError(f"no answer from zstack: {shown!r}")
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # EIO: the child has exited
            break
        if not chunk:
            break
        shown += chunk
        if not answered and b"password: " in shown:
            os.write(terminal, b"password\n")
            answered = True
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    assert os.waitstatus_to_exitcode(status) == 0, shown
    assert b"password\r\n" not in shown.split(b"password: ", 1)[1]  # not echoed
    saved = json.loads((config / "default.json").read_text())
    assert saved["user"] == "admin" and HEX32.match(saved["session_uuid"])


def test_named_profiles_keep_separate_sessions(server: RunningServer, config: Path) -> None:
    first = login(server, config, "--profile", "east")
    second = login(server, config, "--profile", "west")
    assert first != second
    assert json.loads((config / "east.json").read_text())["session_uuid"] == first
    zstack("QueryVmInstance", "limit=1", config=config, env={"ZSTACK_PROFILE": "west"})
    assert server.state.last_request("GET").header("Authorization") == f"OAuth {second}"
    listed = zstack("profiles", config=config).json()
    assert [(p["profile"], p["logged_in"]) for p in listed] == [("east", True), ("west", True)]
    assert first not in json.dumps(listed)  # the list never shows a session id
    done = zstack("--profile", "../etc", "QueryVmInstance", config=config)
    assert done.code == 2 and "profile '../etc'" in done.err


def test_logout_ends_the_session_and_clears_it_from_the_profile(
    server: RunningServer, config: Path
) -> None:
    session = login(server, config)
    done = zstack("LogOut", config=config)
    assert done.code == 0, done.err
    assert server.state.last_request("DELETE").path == f"/zstack/v1/accounts/sessions/{session}"
    saved = json.loads((config / "default.json").read_text())
    assert "session_uuid" not in saved and saved["url"] == server.base_url
    after = zstack("QueryVmInstance", "limit=1", config=config)
    assert after.code == 1 and "ID.1001" in after.err and "log in again" in after.err


def test_wrong_password_is_an_api_error_and_saves_nothing(
    server: RunningServer, config: Path
) -> None:
    done = zstack(
        "--url",
        server.base_url,
        "LogInByAccount",
        "accountName=admin",
        "password=wrong",
        config=config,
    )
    assert done.code == 1 and "ID.1000" in done.err and done.out == ""
    assert not (config / "default.json").exists()


def test_access_key_signs_every_call_and_poll(server: RunningServer, config: Path) -> None:
    keys = {"ZSTACK_URL": server.base_url, "ZSTACK_ACCESS_KEY_ID": AK_ID}
    half = zstack("QueryVmInstance", config=config, env=keys)
    assert half.code == 2 and "ZSTACK_ACCESS_KEY_SECRET" in half.err
    keys["ZSTACK_ACCESS_KEY_SECRET"] = AK_SECRET
    done = zstack("QueryVmInstance", "limit=1", config=config, env=keys)
    assert done.code == 0, done.err
    assert (server.state.last_request("GET").header("Authorization") or "").startswith(
        f"ZStack {AK_ID}:"
    )
    backup = zstack(
        "CreateVmBackup",
        f"rootVolumeUuid={deterministic_uuid('root-volume')}",
        f"backupStorageUuid={deterministic_uuid('bs-1')}",
        "name=ak",
        config=config,
        env=keys,
    )
    assert backup.code == 0, backup.err
    assert backup.json()["inventories"]
    poll = server.state.requests_to("GET", "/zstack/v1/api-jobs/*")[-1]
    assert (poll.header("Authorization") or "").startswith(f"ZStack {AK_ID}:")
    assert not config.exists()  # nothing saved: the keys live in the environment
    wrong = zstack("QueryVmInstance", config=config, env={**keys, "ZSTACK_ACCESS_KEY_SECRET": "x"})
    assert wrong.code == 1 and "HTTP 401" in wrong.err


# ------------------------------------------------------------ queries and actions


def test_query_conditions_in_zstack_cli_syntax(server: RunningServer, config: Path) -> None:
    login(server, config)
    done = zstack(
        "QueryVmInstance",
        "state=Running",
        "name?=web-00,web-05,db-01",
        "memorySize>1024",
        "name!=nothing",
        "limit=50",
        "sortBy=createDate",
        "sortDirection=desc",
        config=config,
    )
    assert done.code == 0, done.err
    assert [vm["name"] for vm in done.json()["inventories"]] == ["web-05", "db-01", "web-00"]
    assert server.state.last_request("GET").query == [
        ("q", "state=Running"),
        ("q", "name?=web-00,web-05,db-01"),
        ("q", "memorySize>1024"),
        ("q", "name!=nothing"),
        ("limit", "50"),
        ("sort", "-createDate"),
    ]
    count = zstack("querYvminstance", "name~=web%", "count=true", config=config)
    assert count.json() == {"total": 5}
    page = zstack(
        "QueryVmInstance",
        "description=null",
        "replyWithCount=true",
        "fields=uuid,name",
        config=config,
    )
    assert page.json()["total"] == 6
    assert all(set(vm) == {"uuid", "name"} for vm in page.json()["inventories"])
    one = zstack("QueryVmInstance", f"uuid={deterministic_uuid('vm-3')}", config=config)
    assert [vm["name"] for vm in one.json()["inventories"]] == ["batch-03"]


def test_async_action_polls_to_the_end_and_prints_the_result(
    server: RunningServer, config: Path
) -> None:
    login(server, config)
    polls = len(server.state.requests_to("GET", "/zstack/v1/api-jobs/*"))
    done = zstack("StopVmInstance", f"uuid={VM0}", "type=cold", config=config)
    assert done.code == 0, done.err
    assert done.json()["inventory"]["state"] == "Stopped"
    assert server.state.last_request("PUT").body == {"stopVmInstance": {"type": "cold"}}
    assert len(server.state.requests_to("GET", "/zstack/v1/api-jobs/*")) >= polls + 2
    assert done.err == ""  # no spinner when stderr is not a terminal
    started = zstack("StartVmInstance", f"uuid={VM0}", config=config)
    assert started.json()["inventory"]["state"] == "Running"


def test_a_spinner_shows_on_a_terminal_only(config: Path) -> None:
    """stderr a terminal (a pty): a spinner while the job runs; stdout stays pure JSON."""
    with start_server(polls_before_done=6) as slow:
        login(slow, config)
        leader, follower = pty.openpty()
        env = {k: v for k, v in os.environ.items() if not k.startswith("ZSTACK_")}
        env.update(PYTHONPATH=str(SDK_DIR), ZSTACK_CONFIG_DIR=str(config))
        try:
            done = subprocess.run(
                [sys.executable, "-m", "zstack_sdk._cli", "StopVmInstance", f"uuid={VM0}"],
                stdout=subprocess.PIPE,
                stderr=follower,
                stdin=subprocess.DEVNULL,
                env=env,
                timeout=60,
                check=False,
            )
            os.close(follower)
            shown = b""
            while True:
                try:
                    chunk = os.read(leader, 4096)
                except OSError:  # EIO: the terminal's other end is closed
                    break
                if not chunk:
                    break
                shown += chunk
        finally:
            os.close(leader)
    assert done.returncode == 0
    assert json.loads(done.stdout)["inventory"]["state"] == "Stopped"
    assert b"\r| StopVmInstance" in shown or b"\r/ StopVmInstance" in shown


def test_values_are_typed_lists_numbers_booleans_and_json(
    server: RunningServer, config: Path
) -> None:
    login(server, config)
    done = zstack(
        "UpdateVmInstance", f"uuid={VM0}", "cpuNum=2", "memorySize=2147483648", config=config
    )
    assert done.code == 0, done.err
    assert server.state.last_request("PUT").body == {
        "updateVmInstance": {"cpuNum": 2, "memorySize": 2147483648}
    }
    zstack(
        "CreateVmInstance",
        "name=typed",
        "imageUuid=img",
        "l3NetworkUuids=l3-a,l3-b",
        "instanceOfferingUuid=off",
        'dataVolumeSystemTagsOnIndex={"0": ["capability::virtio-scsi"]}',
        "systemTags=a::b,c",
        config=config,
    )
    body = server.state.last_request("POST").body
    assert body["params"]["l3NetworkUuids"] == ["l3-a", "l3-b"]
    assert body["params"]["dataVolumeSystemTagsOnIndex"] == {"0": ["capability::virtio-scsi"]}
    assert body["systemTags"] == ["a::b", "c"]


def test_a_failing_job_exits_1_with_the_cause_chain(server: RunningServer, config: Path) -> None:
    login(server, config)
    done = zstack(
        "CreateVmInstance",
        "name=fail-me",
        "imageUuid=img",
        "l3NetworkUuids=l3",
        "instanceOfferingUuid=off",
        config=config,
    )
    assert done.code == 1 and done.out == ""
    lines = done.err.splitlines()
    assert lines[0].startswith("zstack: CreateVmInstance failed (HTTP 503, job ")
    codes = [line.strip() for line in lines if re.search(r"[A-Z]+\.\d{4}:", line)]
    assert codes == [
        "SYS.1006: An operation failed",
        "caused by: HOST.1001: An operation failed on the host",
        "caused by: SYS.1001: A message or a operation timeout",
    ]
    assert "failed to create the vm[name:fail-me]" in done.err
    assert "Create VM on KVM timeout after 300s" in done.err


def test_an_unreachable_server_is_exit_1_without_a_traceback(config: Path) -> None:
    done = zstack("--url", "http://127.0.0.1:9", "GetVersion", config=config)
    assert done.code == 1 and "zstack:" in done.err


# ------------------------------------------------------------------ usage errors

USAGE_ERRORS = [
    (["QueryVmInstanc"], "did you mean: QueryVmInstance"),
    (["StopVmInstance"], "missing required parameter uuid"),
    (["StopVmInstance", "uuid=x", "type=hot"], "type='hot' is not one of the allowed values"),
    (["StopVmInstance", "uuid=x", "tpye=cold"], "no parameter 'tpye' (did you mean: type?)"),
    (["StopVmInstance", "uuid=x", "type!=cold"], "for Query APIs only"),
    (["UpdateVmInstance", "uuid=x", "cpuNum=many"], "cpuNum='many': expected an integer"),
    (["CreateVmInstance", "name=" + "n" * 256, "imageUuid=i", "l3NetworkUuids=l"], "name="),
    (["QueryVmInstance", "count=maybe"], "count='maybe': expected true or false"),
    (["QueryVmInstance", "limit=-1"], "limit='-1': must not be negative"),
    (["QueryVmInstance", "sortDirection=desc"], "sortDirection needs sortBy"),
    (
        [
            "CreateVmInstance",
            "name=n",
            "imageUuid=i",
            "l3NetworkUuids=l",
            "dataVolumeSystemTagsOnIndex={",
        ],
        "dataVolumeSystemTagsOnIndex: expected JSON",
    ),
    (
        ["--server-version", "2.0", "StopVmInstance", "uuid=x", "stopHA=true"],
        "'stopHA' was introduced in ZStack 2.2",
    ),
    (["--server-version", "0.5", "QueryVmInstance"], "introduced in ZStack 0.6"),
    (["--output", "xml", "QueryVmInstance"], "--output 'xml'"),
    (["--bogus", "QueryVmInstance"], "unknown option '--bogus'"),
    (["StopVmInstance", "justaword"], "'justaword': expected key=value"),
    (["LogInByAccount", "accountName=admin"], "missing required parameter password"),
    (["help", "StopVmInstanc"], "did you mean: StopVmInstance"),
    (["--url", "zstack:8080", "GetVersion"], "give the scheme and host"),
]


@pytest.mark.parametrize(("args", "message"), USAGE_ERRORS)
def test_usage_errors_exit_2_name_the_problem_and_send_nothing(
    server: RunningServer, config: Path, args: list[str], message: str
) -> None:
    before = len(server.state.requests)
    done = zstack("--url", server.base_url, *args, config=config)
    assert done.code == 2, done
    assert message in done.err and done.out == ""
    assert len(server.state.requests) == before


def test_no_server_and_no_arguments_are_usage_errors(config: Path) -> None:
    done = zstack("QueryVmInstance", config=config)
    assert done.code == 2 and "--url" in done.err
    bare = zstack(config=config)
    assert bare.code == 2 and bare.err.startswith("usage: zstack")


# ------------------------------------------------------------------------- help


def test_help_for_one_api_lists_every_parameter(config: Path) -> None:
    done = zstack("help", "StopVmInstance", config=config)
    assert done.code == 0
    text = done.out
    assert text.startswith("StopVmInstance: ")
    assert "route:    PUT /zstack/v1/vm-instances/{uuid}/actions" in text
    assert "since:    ZStack 0.6" in text and "asynchronous" in text
    assert "  uuid  (string, required, since 0.6)" in text
    assert "  stopHA  (string, optional, since 2.2)" in text
    assert "allowed: grace, cold" in text
    assert zstack("StopVmInstance", "--help", config=config).out == text
    limits = zstack("help", "CreateVmInstance", config=config).out
    assert "limits: maxLength 255" in limits and "l3NetworkUuids  (list of string" in limits
    query = zstack("help", "queryvminstance", config=config).out
    assert "synchronous" in query and "field?=a,b (in)" in query


def test_help_lists_apis_by_chapter_and_searches(config: Path) -> None:
    listing = zstack("help", config=config).out
    assert re.search(r"^cloud_resource_pool \(\d+ APIs\)$", listing, re.M)
    assert re.search(r"^  StopVmInstance +\S", listing, re.M)
    total = int(re.findall(r"^(\d+) APIs\.", listing, re.M)[-1])
    assert total == len(re.findall(r"^  [A-Z]\w+", listing, re.M)) > 1000
    found = zstack("help", "--search", "vmbackup", config=config).out.splitlines()
    names = [line.split()[0] for line in found]
    assert "CreateVmBackup" in names and all("vmbackup" in n.lower() for n in names)
    assert zstack("--help", config=config).out.startswith("usage: zstack")


def test_help_and_completion_do_not_import_api_modules() -> None:
    code = """
import io, sys
from zstack_sdk._cli import run
out = io.StringIO()
run(["--help"], out, out)
run(["help", "StopVmInstance"], out, out)
run(["__complete", "--", "StopVmInstance", "type="], out, out)
heavy = [m for m in sys.modules if m.startswith(("zstack_sdk._apis", "zstack_sdk.models",
         "zstack_sdk._client")) or m in ("httpx", "pydantic")]
specs = [m for m in sys.modules if m.startswith("zstack_sdk._cli_specs.")]
print(heavy, specs)
"""
    env = dict(os.environ, PYTHONPATH=str(SDK_DIR))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[] ['zstack_sdk._cli_specs.cloud_resource_pool']"


# ------------------------------------------------------------------ output formats


def test_yaml_and_table_output(server: RunningServer, config: Path) -> None:
    login(server, config)
    args = ("QueryVmInstance", "name?=web-00,db-01", "sortBy=name")
    as_json = zstack(*args, config=config).json()
    as_yaml = zstack(*args, "--output", "yaml", config=config)
    assert yaml.safe_load(as_yaml.out) == as_json
    table = zstack(*args, "-o", "table", config=config).out.splitlines()
    assert table[0].split()[:3] == ["uuid", "name", "state"]
    assert [row.split()[1] for row in table[2:]] == ["db-01", "web-00"]


@pytest.mark.parametrize(
    "value",
    [
        "yes",
        "No",
        "on",
        "OFF",
        "y",
        "null",
        "~",
        "true",
        "1.0",
        "0x1f",
        "1e3",
        "012",
        "2017-11-14",
        "a: b",
        "#x",
        "",
        " lead",
        "trail ",
        "-",
        "- x",
        "x86_64",
        "Nov 14, 2017",
        "two\nlines",
        "tab\there",
        'quote"s',
        "it's",
        "中文",
        "@at",
        "`tick",
        "*star",
        "&amp",
        "!tag",
        "%pct",
        "{}",
        "[1]",
        ".nan",
        "=",
        "a,b",
        "NaN",
        "\u2028",
    ],
)
def test_yaml_strings_round_trip(value: str) -> None:
    data = {"key": value, value or "empty": [value, {"nested": value}], "n": 1.5e20, "i": 7}
    assert yaml.safe_load(_cli_output.to_yaml(data)) == data


# -------------------------------------------------------------------- completion


def test_completion_entry_point(config: Path) -> None:
    def words(*args: str) -> list[str]:
        done = zstack("__complete", "--", *args, config=config)
        assert done.code == 0
        return done.out.splitlines()

    assert "StopVmInstance" in words("StopVm")
    assert {"help", "profiles", "completion"} <= set(words(""))
    assert words("StopVmInstance", "") == [
        "uuid=",
        "stopHA=",
        "type=",
        "systemTags=",
        "userTags=",
    ]
    assert words("StopVmInstance", "uuid=x", "t") == ["type="]
    assert words("StopVmInstance", "type=") == ["type=grace", "type=cold"]
    assert words("StopVmInstance", "type=c") == ["type=cold"]
    assert "sortDirection=" in words("QueryVmInstance", "sort")
    assert words("QueryVmInstance", "sortDirection=") == ["sortDirection=asc", "sortDirection=desc"]
    assert words("--output", "y") == ["yaml"]
    assert words("NoSuchApi", "") == []
    bash = zstack(
        "__complete",
        "--wordbreaks",
        " \t\n\"'><=;|&(:",
        "--bash",
        "zstack StopVmInstance type=c",
        config=config,
    )
    assert bash.out == "cold \n"  # bash replaces the text after "=" and adds the space


def test_completion_scripts_drive_the_entry_point(tmp_path: Path, config: Path) -> None:
    assert "__complete" in zstack("completion", "zsh", config=config).out
    script = zstack("completion", "bash", config=config).out
    bad = zstack("completion", "fish", config=config)
    assert bad.code == 2 and "bash or zsh" in bad.err
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "zstack"
    wrapper.write_text(f'#!/bin/sh\nexec {sys.executable} -m zstack_sdk._cli "$@"\n')
    wrapper.chmod(0o755)
    (tmp_path / "completion.bash").write_text(script)
    line = "zstack StopVmInstance type=g"
    driver = f"""
source {tmp_path / "completion.bash"}
COMP_LINE='{line}'; COMP_POINT={len(line)}
COMP_WORDS=(zstack StopVmInstance type = g); COMP_CWORD=4
_zstack_complete
printf '[%s]\\n' "${{COMPREPLY[@]}}"
"""
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", PYTHONPATH=str(SDK_DIR))
    done = subprocess.run(
        ["bash", "-c", driver], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout == "[grace ]\n"


def test_zsh_script_drives_the_entry_point(tmp_path: Path, config: Path) -> None:
    if shutil.which("zsh") is None:
        pytest.skip("zsh is not installed")
    (tmp_path / "_zstack").write_text(zstack("completion", "zsh", config=config).out)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "zstack"
    wrapper.write_text(f'#!/bin/sh\nexec {sys.executable} -m zstack_sdk._cli "$@"\n')
    wrapper.chmod(0o755)
    # compadd only exists inside a completion widget: a function stands in and prints
    # what the script hands to it.
    driver = f"""
compadd() {{ print -r -- "compadd $*" }}
source {tmp_path / "_zstack"}
words=(zstack stopvminstance type=g); CURRENT=3; PREFIX=type=g
_zstack
words=(zstack StopVmInstance uuid=x ty); CURRENT=4; PREFIX=ty
_zstack
"""
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", PYTHONPATH=str(SDK_DIR))
    done = subprocess.run(["zsh", "-fc", driver], capture_output=True, text=True, env=env)
    assert done.stdout.splitlines() == [
        "compadd -U -Q -- type=grace",
        "compadd -U -Q -S  -- type=",
    ], done.stderr


def test_bash_words_and_output_helpers() -> None:
    assert _cli_complete.bash_words("zstack Stop") == ["Stop"]
    assert _cli_complete.bash_words("zstack StopVmInstance ") == ["StopVmInstance", ""]
    assert _cli_complete.bash_words("zstack 'QueryVmInstance name=a b") == [
        "'QueryVmInstance",
        "name=a",
        "b",
    ]
    assert _cli_complete.bash_output(["type="], "ty", "=:") == ["type="]
    assert _cli_complete.bash_output(["a=b:c"], "a=b:", "=:") == ["c "]


# --------------------------------------------------------------- the console script


def test_pip_install_provides_the_zstack_console_script(
    tmp_path: Path, server: RunningServer
) -> None:
    target = tmp_path / "site"
    # From a copy: setuptools leaves build/ and *.egg-info beside the sources it builds.
    source = tmp_path / "zstack-sdk"
    shutil.copytree(SDK_DIR, source, ignore=shutil.ignore_patterns("__pycache__"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if done.returncode != 0:
        offline = ("No matching distribution", "Failed to establish", "Could not find a version")
        if any(word in done.stderr for word in offline):
            pytest.skip(f"pip cannot fetch the build backend (offline): {done.stderr[-200:]}")
        raise AssertionError(done.stderr)
    script = target / "bin" / "zstack"
    assert script.exists()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZSTACK_")}
    env.update(PYTHONPATH=str(target), ZSTACK_CONFIG_DIR=str(tmp_path / "cfg"))
    run = subprocess.run(
        [str(script), "--url", server.base_url, "GetVersion"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"version": "5.5.6"}
    assert (target / "zstack_sdk" / "_cli_specs" / "cloud_resource_pool.py").exists()


# ------------------------------------------------- the generated data and the parser


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("state=Running", ("state", "=", "Running")),
        ("name!=x", ("name", "!=", "x")),
        ("uuid?=a,b", ("uuid", "?=", "a,b")),
        ("uuid!?=a,b", ("uuid", "!?=", "a,b")),
        ("memorySize>1024", ("memorySize", ">", "1024")),
        ("memorySize>=1024", ("memorySize", ">=", "1024")),
        ("cpuNum<4", ("cpuNum", "<", "4")),
        ("cpuNum<=4", ("cpuNum", "<=", "4")),
        ("name~=web%", ("name", "~=", "web%")),
        ("name!~=web_1", ("name", "!~=", "web_1")),
        ("description=null", ("description", "=", "null")),
        ("description!=null", ("description", "!=", "null")),
        ("vmNics.ip=10.0.0.1", ("vmNics.ip", "=", "10.0.0.1")),
        ("description=a=b>c", ("description", "=", "a=b>c")),
        ("=x", None),
        ("plain", None),
    ],
)
def test_words_split_at_the_first_operator_longest_first(
    word: str, parts: tuple[str, str, str] | None
) -> None:
    assert _cli_values.split_word(word) == parts


def test_every_api_of_the_index_matches_the_sdk_descriptor() -> None:
    """The command's data and the SDK's descriptors come from one model: same APIs,
    same routes, same parameters (and where each travels)."""
    import importlib

    index = _cli_catalog.index()
    assert len(index) == importlib.import_module("zstack_sdk._meta").API_COUNT
    kinds = {"string", "integer", "number", "boolean", "list", "json"}
    sdk_catalog = importlib.import_module("zstack_sdk.catalog")
    assert set(index) == set(sdk_catalog.APIS)
    for name in index:
        spec = _cli_catalog.spec(name)
        api = sdk_catalog.describe(name)
        assert (api.name, api.method, api.path) == (name, spec["method"], spec["path"])
        assert [(w, where) for w, where, _ in api.params] == [
            (p["wire"], p["location"]) for p in spec["params"]
        ]
        assert all(p["kind"] in kinds for p in spec["params"])
        hashed = {p["wire"] for p in spec["params"] if p.get("hashed")}
        assert hashed == set(api.hashed)
