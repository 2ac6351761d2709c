"""HTTP front of the fake ZStack management node (standard library only).

Request pipeline, mirroring ZStack's RestServer so clients meet the same ordering of
failures: URL -> route (404) -> method (405) -> JSON body (400) -> credentials
(401/400/403) -> X-Job-UUID (400) -> the API itself (200, 202, 400, 503).

Routes (all under /zstack/v1):
    PUT    /accounts/login                            LogInByAccount, sync, no auth
    PUT    /accounts/users/login                      LogInByUser (SHA-512 password), sync, no auth
    PUT    /ldap/login                                LogInByLdap (plain password), sync, no auth
    PUT    /iam2/virtual-ids/login                    LoginIAM2VirtualID (SHA-512), sync, no auth
    GET    /plugin-echo                               a plugin API no spec knows: sync echo
    POST   /plugin-echo                               the same, async (202, then the echo)
    DELETE /accounts/sessions/{sessionUuid}           LogOut, sync 200 {}, no auth
    GET    /accounts/sessions/{sessionUuid}/valid     ValidateSession, sync, no auth
    PUT    /accounts/sessions/{sessionUuid}/renew     RenewSession, sync: the same session, longer
    GET    /api-jobs/{uuid}                           poll an async job
    PUT    /management-nodes/actions                  getVersion | getCurrentTime | getSupportAPIs, sync, no auth
    GET    /management-nodes[/{uuid}]                 QueryManagementNode, sync
    GET    /vm-instances[/{uuid}]                     QueryVmInstance, sync
    POST   /vm-instances                              CreateVmInstance, async
    DELETE /vm-instances/{uuid}?deleteMode=           DestroyVmInstance, async
    PUT    /vm-instances/{uuid}/actions               start/stop/reboot/pause/resume/updateVmInstance, async
    POST   /volumes/{rootVolumeUuid}/vm-backups       CreateVmBackup, async
    DELETE /vm-backups/{groupUuid}?backupStorageUuids=&deleteMode=   DeleteVmBackup, async
    PUT    /vm-backups/imageStore/{imageStoreUuid}/actions           syncVmBackup, async
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import math
import re
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, cast
from urllib.parse import parse_qsl, unquote, urlsplit

from .state import (
    ApiError,
    JsonObject,
    RecordedRequest,
    ServerOptions,
    ServerState,
    error_object,
    invalid_argument,
    run_query,
    sha512_hex,
)

API_PREFIX = "/zstack/v1"
_JOB_UUID_RE = re.compile(r"^[0-9a-f]{32}$")
_TAG_KEYS = frozenset({"systemTags", "userTags"})


# ------------------------------------------------------------------- serialisation


def java_double(value: float) -> str:
    """Format like Java's Double.toString (what Gson prints): "1.0", "1.073741824E9"."""
    if math.isnan(value) or math.isinf(value):
        raise ValueError("JSON cannot carry NaN or infinity")
    magnitude = abs(value)
    if magnitude == 0 or 1e-3 <= magnitude < 1e7:
        return repr(value)  # shortest round-trip decimal, always with a ".": "8.0"
    sign, digits, exponent = Decimal(repr(value)).as_tuple()
    assert isinstance(exponent, int)
    trimmed = list(digits)
    while len(trimmed) > 1 and trimmed[-1] == 0:
        trimmed.pop()
        exponent += 1
    scientific = len(trimmed) + exponent - 1
    fraction = "".join(map(str, trimmed[1:])) or "0"
    return f"{'-' if sign else ''}{trimmed[0]}.{fraction}E{scientific}"


def to_json(value: Any, *, java_doubles: bool) -> str:
    """Serialise like ZStack's Gson: null members are left out, doubles Java-style."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if java_doubles:
            return java_double(value)
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        members = (
            f"{json.dumps(str(k), ensure_ascii=False)}:{to_json(v, java_doubles=java_doubles)}"
            for k, v in value.items()
            if v is not None  # Gson's default: a null field is simply absent
        )
        return "{" + ",".join(members) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(to_json(v, java_doubles=java_doubles) for v in value) + "]"
    raise TypeError(f"cannot serialise {type(value).__name__}")


# ------------------------------------------------------------------------ routing


@dataclass
class Response:
    status: int
    # dict/list -> JSON; str -> text/plain; None -> empty body.
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Context:
    """One request as the API handlers see it."""

    state: ServerState
    method: str
    path: str  # decoded, without the /zstack/v1 prefix
    vars: dict[str, str]
    query: list[tuple[str, str]]
    body: JsonObject
    record: RecordedRequest
    origin: str  # where the server really listens, "http://127.0.0.1:PORT"
    job_uuid: str | None = None  # validated X-Job-UUID header, if any

    def header(self, name: str) -> str | None:
        return self.record.header(name)

    def query_values(self, name: str) -> list[str]:
        """A list parameter: repeated keys (k=a&k=b), also tolerating k=a,b."""
        return [
            item for value in self.record.query_values(name) for item in value.split(",") if item
        ]

    def location(self, job_uuid: str) -> str:
        advertised = self.state.options.location_host
        if advertised is None:
            base = self.origin
        elif "://" in advertised:
            base = advertised.rstrip("/")
        else:
            base = f"http://{advertised}"
        return f"{base}{API_PREFIX}/api-jobs/{job_uuid}"

    def accepted(self, job_uuid: str) -> Response:
        body: JsonObject = {"location": self.location(job_uuid)}
        if self.state.options.api_timeout_ms is not None:
            body["apiTimeout"] = self.state.options.api_timeout_ms
        return Response(202, body)

    def answer(self, api: str, result: JsonObject) -> Response:
        """A synchronous API's result: 200 at once, or 202 and a finished job when the
        server is told to answer that API asynchronously (options.sync_as_async)."""
        if api in self.state.options.sync_as_async:
            return self.submit(api, result=result)
        return Response(200, result)

    def submit(
        self, api: str, *, result: JsonObject | None = None, error: JsonObject | None = None
    ) -> Response:
        """Start an async job whose outcome is already decided; answer 202."""
        job = self.state.add_job(
            api, job_uuid=self.job_uuid, result=result, error=error, request=self.record
        )
        self.record.job_uuid = job.uuid
        return self.accepted(job.uuid)


Handler = Callable[[Context], Response]


@dataclass(frozen=True)
class Endpoint:
    handler: Handler
    # False for APIs ZStack marks @SuppressCredentialCheck (login, logout, getVersion...).
    auth: bool = True
    # Query APIs bypass ZStack's X-Job-UUID handling, so a bad header is not an error there.
    query: bool = False


@dataclass(frozen=True)
class Route:
    pattern: re.Pattern[str]
    endpoints: dict[str, Endpoint]


def _require_wrapper(ctx: Context, key: str) -> JsonObject:
    """The API's fields sit in one wrapper object ("params" or the action name)."""
    params = ctx.body.get(key)
    if params is None:
        raise invalid_argument(
            f"the body doesn't contain the field[{key}] holding the API parameters"
        )
    if not isinstance(params, dict):
        raise invalid_argument(f"the field[{key}] of the body must be a JSON object")
    return params


def _require_fields(params: JsonObject, *names: str) -> None:
    for name in names:
        value = params.get(name)
        if value is None or value == "" or value == []:
            raise invalid_argument(f"field[{name}] cannot be null")


def _single_action(ctx: Context, known: frozenset[str]) -> tuple[str, JsonObject]:
    """Dispatch a shared "actions" URL by the one wrapper key in the body."""
    keys = [k for k in ctx.body if k not in _TAG_KEYS]
    matching = [k for k in keys if k in known]
    if len(keys) != 1 or len(matching) != 1:
        raise ApiError(
            400,
            "SYS.1007",
            "One or more API argument is invalid",
            f"the body doesn't contain action mapping to the URL[{API_PREFIX}{ctx.path}]; "
            f"expected exactly one of {sorted(known)}, got {keys}",
            rest_layer=True,
        )
    action = matching[0]
    params = ctx.body[action]
    if params is None:
        params = {}
    if not isinstance(params, dict):
        raise invalid_argument(f"the field[{action}] of the body must be a JSON object")
    return action, params


# ----------------------------------------------------------------- API handlers


def login(ctx: Context) -> Response:
    params = _require_wrapper(ctx, "logInByAccount")
    _require_fields(params, "accountName", "password")
    session = ctx.state.login(str(params["accountName"]), str(params["password"]))
    if session is None:
        # A failed synchronous API: ZStack's RestServer answers 503 with the reply's error.
        raise ApiError(503, "ID.1000", "Authentication failed", "wrong account name or password")
    return Response(200, {"inventory": session.inventory()})


def _failed_login() -> ApiError:
    return ApiError(503, "ID.1000", "Authentication failed", "wrong name or password")


def _session_answer(ctx: Context) -> Response:
    return Response(200, {"inventory": ctx.state.new_session().inventory()})


def login_by_user(ctx: Context) -> Response:
    params = _require_wrapper(ctx, "logInByUser")
    _require_fields(params, "userName", "password")
    opts = ctx.state.options
    if (
        params.get("accountName", opts.account_name) != opts.account_name
        or params["userName"] != opts.user_name
        or str(params["password"]).lower() != sha512_hex(opts.user_password)
    ):
        raise _failed_login()
    return _session_answer(ctx)


def login_by_ldap(ctx: Context) -> Response:
    # The LDAP server checks the password itself: it travels as the user typed it.
    params = _require_wrapper(ctx, "logInByLdap")
    _require_fields(params, "uid", "password")
    opts = ctx.state.options
    if params["uid"] != opts.ldap_uid or params["password"] != opts.ldap_password:
        raise _failed_login()
    return _session_answer(ctx)


def login_virtual_id(ctx: Context) -> Response:
    params = _require_wrapper(ctx, "loginIAM2VirtualID")
    _require_fields(params, "name", "password")
    opts = ctx.state.options
    if params["name"] != opts.virtual_id_name or str(params["password"]).lower() != sha512_hex(
        opts.virtual_id_password
    ):
        raise _failed_login()
    return _session_answer(ctx)


def plugin_echo(ctx: Context) -> Response:
    if ctx.method == "GET":
        return Response(200, {"echo": dict(ctx.query)})
    return ctx.submit("PluginEcho", result={"echo": ctx.body})


def logout(ctx: Context) -> Response:
    ctx.state.logout(ctx.vars["sessionUuid"])
    return ctx.answer("LogOut", {})


def renew_session(ctx: Context) -> Response:
    _require_wrapper(ctx, "renewSession")
    session = ctx.state.sessions.get(ctx.vars["sessionUuid"])
    if session is None or not ctx.state.session_valid(session.uuid):
        raise _unauthorized("ID.1001", "Session expired", "no such session")
    session.expires_at = time.time() + ctx.state.options.session_ttl_s
    return Response(200, {"inventory": session.inventory()})


def validate_session(ctx: Context) -> Response:
    return Response(200, {"valid": ctx.state.session_valid(ctx.vars["sessionUuid"])})


def poll_job(ctx: Context) -> Response:
    job = ctx.state.find_live_job(ctx.vars["uuid"])
    if job is None:
        raise ApiError(
            404, "SYS.1003", "Resource not found", "the job has been expired", rest_layer=True
        )
    with ctx.state.lock:
        job.polls += 1
        polls = job.polls
    ctx.record.job_uuid = job.uuid
    if polls <= job.polls_needed:
        # The manual says a running job answers 202 with the same location again.
        return ctx.accepted(job.uuid)
    if job.error is not None:
        return Response(503, {"error": job.error})
    return Response(200, job.result)


# getSupportAPIs is in the Java SDK but not in the manual.
_MN_ACTIONS = frozenset({"getVersion", "getCurrentTime", "getSupportAPIs"})
_SUPPORTED_APIS = (
    "org.zstack.header.identity.APILogInByAccountMsg",
    "org.zstack.header.vm.APIQueryVmInstanceMsg",
)


def management_node_actions(ctx: Context) -> Response:
    action, _ = _single_action(ctx, _MN_ACTIONS)
    api = action[0].upper() + action[1:]
    if action == "getVersion":
        return ctx.answer(api, {"version": ctx.state.options.version})
    if action == "getSupportAPIs":
        return ctx.answer(api, {"supportApis": list(_SUPPORTED_APIS)})
    now = datetime.now(UTC).timestamp()
    return ctx.answer(
        api, {"currentTime": {"MillionSeconds": float(int(now * 1000)), "Seconds": float(int(now))}}
    )


def query_management_nodes(ctx: Context) -> Response:
    nodes = ctx.state.management_nodes()
    if "uuid" in ctx.vars:
        return Response(200, {"inventories": [n for n in nodes if n["uuid"] == ctx.vars["uuid"]]})
    return Response(200, run_query(nodes, ctx.query))


def query_vms(ctx: Context) -> Response:
    with ctx.state.lock:
        vms = list(ctx.state.vms.values())
    if "uuid" in ctx.vars:
        # ZStack turns GET /resources/{uuid} into a query with uuid=..., so the answer is
        # still {"inventories": [...]} (empty when nothing matches, not a 404).
        return Response(200, {"inventories": [vm for vm in vms if vm["uuid"] == ctx.vars["uuid"]]})
    return Response(200, run_query(vms, ctx.query))


def create_vm(ctx: Context) -> Response:
    params = _require_wrapper(ctx, "params")
    _require_fields(params, "name", "imageUuid", "l3NetworkUuids")
    if not params.get("instanceOfferingUuid") and not (
        params.get("cpuNum") and params.get("memorySize")
    ):
        raise invalid_argument(
            "field[instanceOfferingUuid] cannot be null unless cpuNum and memorySize are set"
        )
    if not isinstance(params["l3NetworkUuids"], list):
        raise invalid_argument("field[l3NetworkUuids] must be a list")
    strategy = params.get("strategy")
    if strategy is not None and strategy not in ("InstantStart", "CreateStopped"):
        raise invalid_argument(
            f"field[strategy] must be one of [InstantStart, CreateStopped], got {strategy}"
        )
    if params["name"] in ctx.state.options.fail_vm_names:
        return ctx.submit("CreateVmInstance", error=_create_vm_failure(str(params["name"])))
    vm = ctx.state.create_vm(params)
    return ctx.submit("CreateVmInstance", result={"inventory": vm})


def _create_vm_failure(name: str) -> JsonObject:
    # Three levels, like a real allocation failure wrapping a host-side timeout.
    root = error_object(
        "SYS.1001", "A message or a operation timeout", "Create VM on KVM timeout after 300s"
    )
    middle = error_object(
        "HOST.1001",
        "An operation failed on the host",
        f"failed to start vm[name:{name}] on host[uuid:{'0' * 32}]",
        cause=root,
    )
    return error_object(
        "SYS.1006", "An operation failed", f"failed to create the vm[name:{name}]", cause=middle
    )


def _vm_not_found(uuid: str) -> JsonObject:
    return error_object(
        "SYS.1007",
        "One or more API argument is invalid",
        f"invalid value[{uuid}] of field[uuid], the VmInstanceVO[uuid:{uuid}] is not found",
    )


_VM_ACTIONS = frozenset(
    {
        "startVmInstance",
        "stopVmInstance",
        "rebootVmInstance",
        "pauseVmInstance",
        "resumeVmInstance",
        "updateVmInstance",
    }
)
_VM_UPDATABLE = (
    "name",
    "description",
    "state",
    "defaultL3NetworkUuid",
    "platform",
    "cpuNum",
    "memorySize",
)


def vm_actions(ctx: Context) -> Response:
    action, params = _single_action(ctx, _VM_ACTIONS)
    api = action[0].upper() + action[1:]
    if action == "stopVmInstance" and params.get("type") not in (None, "grace", "cold"):
        raise invalid_argument(
            f"field[type] must be one of [grace, cold], got {params.get('type')}"
        )
    if action == "updateVmInstance":
        for key in ("cpuNum", "memorySize"):
            if key in params and not isinstance(params[key], int | float):
                raise invalid_argument(f"field[{key}] must be a number")
    with ctx.state.lock:
        vm = ctx.state.vms.get(ctx.vars["uuid"])
    # ZStack checks resource existence after accepting the call, so it fails the job.
    if vm is None:
        return ctx.submit(api, error=_vm_not_found(ctx.vars["uuid"]))
    state = ctx.state
    if action in ("startVmInstance", "rebootVmInstance", "resumeVmInstance"):
        vm = state.touch_vm(
            vm, state="Running", hostUuid=params.get("hostUuid") or vm["lastHostUuid"]
        )
    elif action == "stopVmInstance":
        vm = state.touch_vm(vm, state="Stopped", hostUuid=None)
    elif action == "pauseVmInstance":
        vm = state.touch_vm(vm, state="Paused")
    else:
        changes = {k: params[k] for k in _VM_UPDATABLE if params.get(k) is not None}
        for key in ("cpuNum", "memorySize"):
            if key in changes:
                changes[key] = float(changes[key])
        vm = state.touch_vm(vm, **changes)
    return ctx.submit(api, result={"inventory": vm})


_DELETE_MODES = ("Permissive", "Enforcing")


def _delete_mode(ctx: Context) -> str:
    mode = (ctx.record.query_values("deleteMode") or ["Permissive"])[-1]
    if mode not in _DELETE_MODES:
        raise invalid_argument(
            f"field[deleteMode] must be one of {list(_DELETE_MODES)}, got {mode}"
        )
    return mode


def destroy_vm(ctx: Context) -> Response:
    _delete_mode(ctx)
    with ctx.state.lock:
        vm = ctx.state.vms.get(ctx.vars["uuid"])
    if vm is not None:
        # ZStack's default delete policy is "Delay": the VM lingers as Destroyed.
        ctx.state.touch_vm(vm, state="Destroyed", hostUuid=None)
    return ctx.submit("DestroyVmInstance")


def create_vm_backup(ctx: Context) -> Response:
    params = _require_wrapper(ctx, "params")
    _require_fields(params, "backupStorageUuid", "name")
    backups = ctx.state.create_vm_backup(ctx.vars["rootVolumeUuid"], params)
    return ctx.submit("CreateVmBackup", result={"inventories": backups})


def delete_vm_backup(ctx: Context) -> Response:
    # Everything but the path variable travels in the query string; a DELETE body is
    # never read (the request record still keeps it for assertions).
    _delete_mode(ctx)
    ctx.state.delete_vm_backup(ctx.vars["groupUuid"], ctx.query_values("backupStorageUuids"))
    return ctx.submit("DeleteVmBackup")


def sync_vm_backup(ctx: Context) -> Response:
    _single_action(ctx, frozenset({"syncVmBackup"}))
    return ctx.submit("SyncVmBackup")


def _route(template: str, **endpoints: Endpoint) -> Route:
    """Compile "/vm-instances/{uuid}/actions" into an anchored regex with named groups."""
    regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
    return Route(re.compile(f"^{regex}$"), {m.upper(): e for m, e in endpoints.items()})


# First match wins, so fixed segments ("actions") come before "{uuid}" ones.
ROUTES: tuple[Route, ...] = (
    _route("/accounts/login", put=Endpoint(login, auth=False)),
    _route("/accounts/users/login", put=Endpoint(login_by_user, auth=False)),
    _route("/ldap/login", put=Endpoint(login_by_ldap, auth=False)),
    _route("/iam2/virtual-ids/login", put=Endpoint(login_virtual_id, auth=False)),
    _route("/plugin-echo", get=Endpoint(plugin_echo, query=True), post=Endpoint(plugin_echo)),
    _route("/accounts/sessions/{sessionUuid}", delete=Endpoint(logout, auth=False)),
    _route("/accounts/sessions/{sessionUuid}/valid", get=Endpoint(validate_session, auth=False)),
    _route("/accounts/sessions/{sessionUuid}/renew", put=Endpoint(renew_session)),
    _route("/api-jobs/{uuid}", get=Endpoint(poll_job, query=True)),
    _route("/management-nodes/actions", put=Endpoint(management_node_actions, auth=False)),
    _route("/management-nodes", get=Endpoint(query_management_nodes, query=True)),
    _route("/management-nodes/{uuid}", get=Endpoint(query_management_nodes, query=True)),
    _route("/vm-instances", get=Endpoint(query_vms, query=True), post=Endpoint(create_vm)),
    _route(
        "/vm-instances/{uuid}", get=Endpoint(query_vms, query=True), delete=Endpoint(destroy_vm)
    ),
    _route("/vm-instances/{uuid}/actions", put=Endpoint(vm_actions)),
    _route("/volumes/{rootVolumeUuid}/vm-backups", post=Endpoint(create_vm_backup)),
    _route("/vm-backups/imageStore/{imageStoreUuid}/actions", put=Endpoint(sync_vm_backup)),
    _route("/vm-backups/{groupUuid}", delete=Endpoint(delete_vm_backup)),
)


# -------------------------------------------------------------- authentication

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATE_RE = re.compile(
    r"^([A-Z][a-z]{2}), (\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (\S+)$"
)
_NAMED_ZONES = {"GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "PRC": 8 * 60}


def _zone_offset(text: str) -> timedelta | None:
    if text in _NAMED_ZONES:
        return timedelta(minutes=_NAMED_ZONES[text])
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})", text)
    if m is None:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3))
    return timedelta(minutes=-minutes if m.group(1) == "-" else minutes)


def parse_http_date(text: str) -> datetime | None:
    """ZStack's "EEE, dd MMM yyyy HH:mm:ss zzz" (GMT, PRC or a numeric offset)."""
    m = _DATE_RE.match(text.strip())
    if m is None or m.group(1) not in _WEEKDAYS or m.group(3) not in _MONTHS:
        return None
    offset = _zone_offset(m.group(8))
    if offset is None:
        return None
    try:
        when = datetime(
            int(m.group(4)),
            _MONTHS.index(m.group(3)) + 1,
            int(m.group(2)),
            int(m.group(5)),
            int(m.group(6)),
            int(m.group(7)),
            tzinfo=timezone(offset),
        )
    except ValueError:
        return None
    # Java's formatter rejects a weekday that contradicts the date.
    if _WEEKDAYS[when.weekday()] != m.group(1):
        return None
    return when


def access_key_signature(secret: str, method: str, date: str, uri: str) -> str:
    """base64(HMAC-SHA1(secret, METHOD\\nDATE\\nURI)); URI is "/v1/..." without query."""
    digest = hmac.new(secret.encode(), f"{method}\n{date}\n{uri}".encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def _unauthorized(code: str, description: str, details: str) -> ApiError:
    return ApiError(
        401,
        code,
        description,
        details,
        headers={"WWW-Authenticate": 'OAuth realm="zstack"'},
        rest_layer=True,
    )


def authenticate(state: ServerState, record: RecordedRequest) -> None:
    auth = record.header("Authorization")
    if auth is None:
        raise _unauthorized("ID.1001", "Session expired", "missing header 'Authorization'")
    auth = auth.strip()
    if auth.startswith("OAuth"):
        session_uuid = auth[len("OAuth") :].strip()
        if not state.session_valid(session_uuid):
            raise _unauthorized(
                "ID.1001",
                "Session expired",
                f"Session[uuid:{session_uuid}] expired or does not exist",
            )
        return
    if auth.startswith("ZStack"):
        _check_access_key(state, record, auth[len("ZStack") :].strip())
        return
    raise _unauthorized(
        "ID.1001", "Session expired", "Authorization type must be 'OAuth' or 'ZStack'"
    )


def _check_access_key(state: ServerState, record: RecordedRequest, credentials: str) -> None:
    date = record.header("Date")
    if date is None:
        raise ApiError(
            400,
            "SYS.1007",
            "One or more API argument is invalid",
            "'Date' must be incuded in request header",
            rest_layer=True,
        )
    when = parse_http_date(date)
    if when is None:
        raise ApiError(
            400,
            "SYS.1007",
            "One or more API argument is invalid",
            "'Date' format error, correct format is 'EEE, dd MMM yyyy HH:mm:ss z'",
            rest_layer=True,
        )
    skew = state.options.date_skew_s
    if skew is not None and abs((datetime.now(UTC) - when).total_seconds()) > skew:
        raise ApiError(
            403, "ID.1000", "Authentication failed", "requestTimeTooSkewed", rest_layer=True
        )
    parts = credentials.split(":")
    if len(parts) != 2:
        raise ApiError(
            400,
            "SYS.1007",
            "One or more API argument is invalid",
            "accessKey format is 'ZStack AccessKeyId:Signature'",
            rest_layer=True,
        )
    key_id, signature = parts
    # The signed URI is the decoded path with /zstack (the servlet context) removed.
    uri = record.path[len("/zstack") :]
    expected = access_key_signature(state.options.ak_secret, record.method, date, uri)
    if key_id != state.options.ak_id or not hmac.compare_digest(expected, signature):
        raise _unauthorized(
            "ID.1000", "Authentication failed", f"invalid access key or signature for [{key_id}]"
        )


# ----------------------------------------------------------------- dispatching


def _rest_error(
    status: int, details: str, code: str = "SYS.1007", description: str = ""
) -> ApiError:
    return ApiError(
        status, code, description or "One or more API argument is invalid", details, rest_layer=True
    )


def dispatch(state: ServerState, record: RecordedRequest, origin: str) -> Response:
    if not (record.path + "/").startswith(API_PREFIX + "/"):
        raise _rest_error(404, f"no api mapping to {record.path}", "SYS.1008", "Unknown message")
    path = record.path[len(API_PREFIX) :]
    if len(path) > 1:
        path = path.rstrip("/")
    for route in ROUTES:
        m = route.pattern.match(path)
        if m is not None:
            break
    else:
        raise _rest_error(404, f"no api mapping to {record.path}", "SYS.1008", "Unknown message")
    endpoint = route.endpoints.get(record.method)
    if endpoint is None:
        allowed = ", ".join(sorted(route.endpoints))
        raise ApiError(
            405,
            "SYS.1008",
            "Unknown message",
            f"The method[{record.method}] is not allowed for the path[{record.path}]",
            headers={"Allow": allowed},
            rest_layer=True,
        )

    body: JsonObject = {}
    if record.method in ("POST", "PUT") and record.raw_body.strip():
        # GET and DELETE bodies are never read: their parameters travel in the query.
        if not isinstance(record.body, dict):
            raise _rest_error(400, "the request body is not a valid JSON object")
        body = record.body

    if endpoint.auth and (endpoint.handler is not poll_job or state.options.require_auth_for_jobs):
        authenticate(state, record)

    job_uuid = record.header("X-Job-UUID")
    if job_uuid is not None and not endpoint.query:
        job_uuid = job_uuid.strip()
        if not _JOB_UUID_RE.match(job_uuid):
            raise _rest_error(
                400, "Invalid header[X-Job-UUID], it must be a UUID with '-' stripped"
            )
        if record.method in ("POST", "PUT", "DELETE") and job_uuid in state.jobs:
            raise _rest_error(400, f"Duplicate job uuid[{job_uuid}]")
    else:
        job_uuid = None

    ctx = Context(
        state=state,
        method=record.method,
        path=path,
        vars=m.groupdict(),  # record.path is already URL-decoded
        query=record.query,
        body=body,
        record=record,
        origin=origin,
        job_uuid=job_uuid,
    )
    return endpoint.handler(ctx)


# ---------------------------------------------------------------- HTTP plumbing


class ZStackHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer carrying the state the handlers need."""

    daemon_threads = True
    # Never wait for lingering keep-alive connections when the test stops the server.
    block_on_close = False

    def __init__(self, state: ServerState) -> None:
        self.state = state
        super().__init__((state.options.host, state.options.port), ZStackRequestHandler)
        host, port = self.server_address[0], self.server_address[1]
        opts = state.options
        scheme = "http"
        if opts.tls_cert is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(opts.tls_cert, opts.tls_key)
            if opts.tls_client_ca is not None:
                context.verify_mode = ssl.CERT_REQUIRED
                context.load_verify_locations(opts.tls_client_ca)
            self.socket = context.wrap_socket(self.socket, server_side=True)
            scheme = "https"
        self.origin = f"{scheme}://{host!s}:{port}"


class ZStackRequestHandler(BaseHTTPRequestHandler):
    # HTTP/1.1 keeps connections alive, which real clients rely on; every answer
    # therefore carries a Content-Length.
    protocol_version = "HTTP/1.1"
    server_version = "ZStackFake/1.0"
    # An idle keep-alive connection frees its thread after this many seconds.
    timeout = 30
    # Headers and body written separately stall ~40 ms per request (Nagle's algorithm
    # meets the client's delayed ACK); buffer the writes, which handle_one_request
    # flushes once per answer, and send without delay.
    wbufsize = 64 * 1024
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        """Keep pytest output clean; tests read ``state.requests`` instead."""

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    # Skip trailers up to the blank line that ends the message.
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self) -> None:
        server = cast(ZStackHTTPServer, self.server)
        state = server.state
        split = urlsplit(self.path)
        raw = self._read_body()
        body: Any = None
        if raw.strip():
            try:
                body = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError):
                body = None  # dispatch() answers 400 for POST/PUT; GET/DELETE ignore bodies
        record = RecordedRequest(
            method=self.command,
            path=unquote(split.path),
            query=parse_qsl(split.query, keep_blank_values=True),
            headers=list(self.headers.items()),
            body=body,
            raw_body=raw,
            raw_path=split.path,
        )
        state.record(record)
        options = state.options
        api_path = record.path[len(API_PREFIX) :]
        mode = options.hostile.get(api_path)
        if mode is not None:
            self._hostile(mode, state, record)
            return
        if options.poll_delay_s > 0 and api_path.startswith("/api-jobs/"):
            # Outside the state lock: a slow poll must not stall other requests.
            time.sleep(options.poll_delay_s)
        try:
            with state.lock:
                response = dispatch(state, record, server.origin)
        except ApiError as err:
            if err.rest_layer and state.options.plain_text_rest_errors:
                response = Response(err.status, err.error["details"], dict(err.headers))
            else:
                response = Response(err.status, {"error": err.error}, dict(err.headers))
        except Exception as exc:  # a bug in the fake must still produce an HTTP answer
            response = Response(
                500, {"error": error_object("SYS.1000", "An internal error happened", repr(exc))}
            )
        record.status = response.status
        self._send(response, state.options)

    def _hostile(self, mode: str, state: ServerState, record: RecordedRequest) -> None:
        """A hostile answer (see ServerOptions.hostile), after the credentials check."""
        options = state.options
        try:
            with state.lock:
                authenticate(state, record)
        except ApiError as err:
            record.status = err.status
            self._send(Response(err.status, {"error": err.error}, dict(err.headers)), options)
            return
        self.close_connection = True
        if mode == "deep-503":
            level = (
                '{"code":"SYS.1006","description":"An operation failed","details":"level","cause":'
            )
            root = '{"code":"SYS.1001","description":"root","details":"innermost"}'
            depth = options.hostile_depth
            payload = ('{"error":' + level * depth + root + "}" * depth + "}").encode()
            self._send_raw(503, "application/json; charset=utf-8", payload)
        elif mode == "html-200":
            page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
            self._send_raw(200, "text/html", page)
        elif mode in ("huge-body", "huge-chunked"):
            self._send_huge(options.huge_body_bytes, chunked=mode == "huge-chunked")
        else:
            raise ValueError(f"unknown hostile mode {mode!r}")
        record.status = 503 if mode == "deep-503" else 200

    def _send_raw(self, status: int, content_type: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _send_huge(self, size: int, *, chunked: bool) -> None:
        """``size`` bytes of a JSON string, generated as they are sent (never held)."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(size))
        self.end_headers()
        block = b'{"inventories":"' + b"x" * (1024 * 1024 - 16)
        sent = 0
        try:
            while sent < size:
                part = block[: size - sent]
                block = b"x" * len(block)
                if chunked:
                    self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                else:
                    self.wfile.write(part)
                self.wfile.flush()
                sent += len(part)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass  # the client hung up, as it should

    def _send(self, response: Response, options: ServerOptions) -> None:
        if response.body is None:
            payload, content_type = b"", None
        elif isinstance(response.body, str):
            payload, content_type = response.body.encode(), "text/plain; charset=utf-8"
        else:
            payload = to_json(response.body, java_doubles=options.java_doubles).encode()
            content_type = "application/json; charset=utf-8"
        self.send_response(response.status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle


# ---------------------------------------------------------------------- running


@dataclass
class RunningServer:
    """A started server. ``base_url`` is "http://127.0.0.1:PORT" (no /zstack/v1)."""

    base_url: str
    state: ServerState
    _httpd: ZStackHTTPServer = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str) -> str:
        """Absolute URL of an API path given after /zstack/v1, e.g. url("/vm-instances")."""
        return f"{self.base_url}{API_PREFIX}{path}"

    def stop(self) -> None:
        """Stop serving and release the port; safe to call twice."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_server(options: ServerOptions | None = None, /, **overrides: Any) -> RunningServer:
    """Start the fake on a background thread; keyword arguments are ServerOptions fields."""
    opts = dataclasses.replace(options or ServerOptions(), **overrides)
    state = ServerState(opts)
    httpd = ZStackHTTPServer(state)
    # A short poll interval makes stop() (and so each test's teardown) quick.
    thread = threading.Thread(
        target=httpd.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="zstack-fake-server",
        daemon=True,
    )
    thread.start()
    return RunningServer(base_url=httpd.origin, state=state, _httpd=httpd, _thread=thread)
