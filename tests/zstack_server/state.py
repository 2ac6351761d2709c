"""In-memory model of a ZStack management node: options, sessions, jobs, resources, queries.

Everything here is plain data plus the few rules a client can observe (what a query
condition matches, when a job is finished, when a session is valid). HTTP lives in
``server.py``; keeping the two apart lets tests poke the state directly (expire a job,
inspect what a client sent) without going through sockets.

All mutation happens under ``ServerState.lock``: the HTTP server is threaded and a
pytest thread may read the state while a request is being answered.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
import uuid as uuid_mod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

JsonObject = dict[str, Any]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class ServerOptions:
    """Knobs of the fake server; every field can be passed to ``start_server(**options)``."""

    host: str = "127.0.0.1"
    # 0 asks the kernel for a free ephemeral port, so parallel test runs never collide.
    port: int = 0
    account_name: str = "admin"
    # Plain text; clients must send SHA512_HEX(password), as the ZStack SDKs do.
    password: str = "password"
    # The one access key pair the server knows (values from the manual's example).
    ak_id: str = "N3Tf05yXZUmSjCf6mYIB"
    ak_secret: str = "XAlrsYvswmnEV3X1KWNs1WfZHD6aBIIphmI0rX9S"
    # A job answers 202 to this many polls, then 200 (or 503 for a failing job).
    polls_before_done: int = 2
    # Host[:port] (or a full "http://host:port" origin) written into async "location"s;
    # a real management node advertises its own, possibly unreachable, address.
    location_host: str | None = None
    # Put "apiTimeout" in 202 bodies; None mimics older servers that omit it.
    api_timeout_ms: int | None = 60000
    # Jobs older than this answer 404 like expired ones; None keeps them forever.
    job_ttl_s: float | None = None
    session_ttl_s: float = 7200.0
    # Access-key requests whose Date is further than this from now get 403 like ZStack's
    # "requestTimeTooSkewed"; None disables the check.
    date_skew_s: float | None = 900.0
    seed_vms: int = 25
    # CreateVmInstance with one of these names ends in a 503 with a nested cause.
    fail_vm_names: frozenset[str] = frozenset({"fail-me"})
    # Real ZStack does not check credentials when polling; requiring them catches
    # clients that drop the Authorization header while following a rewritten location.
    require_auth_for_jobs: bool = True
    # Print Long/Integer fields as Java doubles ("1.073741824E9", "1.0") as the manual
    # shows, so clients are exercised against that; False prints integral values as ints.
    java_doubles: bool = True
    # Real ZStack answers REST-layer failures (bad header, unknown URL, bad method,
    # expired job) with a plain-text body; default is a JSON {"error": ...} body.
    plain_text_rest_errors: bool = False
    version: str = "5.5.6"
    # Synchronous APIs (the SDK's needPoll=false) named here answer 202 and a job instead
    # of 200, which a server may do: clients must follow either answer from any API.
    sync_as_async: frozenset[str] = frozenset()
    # Other identities the login APIs know: a user of the account (LogInByUser), an LDAP
    # entry (LogInByLdap: the password travels as is) and an IAM2 virtual ID.
    user_name: str = "ops"
    user_password: str = "ops-password"
    ldap_uid: str = "ldap-ops"
    ldap_password: str = "ldap-password"
    virtual_id_name: str = "project-member"
    virtual_id_password: str = "member-password"
    # Hostile answers, by decoded API path (after /zstack/v1): "deep-503" (an error
    # nested hostile_depth levels), "html-200" (an HTML page on a 200), "huge-body" (a
    # 200 declaring and sending huge_body_bytes), "huge-chunked" (the same, chunked,
    # no length). Credentials are still checked first, as a real proxy would not.
    hostile: Mapping[str, str] = field(default_factory=dict)
    hostile_depth: int = 990
    huge_body_bytes: int = 400 * 1024 * 1024
    # Seconds every poll of a job takes to answer (a slow management node).
    poll_delay_s: float = 0.0
    # HTTPS: the server's certificate chain and key; with tls_client_ca, a client
    # certificate signed by that CA is required.
    tls_cert: str | None = None
    tls_key: str | None = None
    tls_client_ca: str | None = None


class ApiError(Exception):
    """An error answered to the client: HTTP status plus ZStack's ``error`` object."""

    def __init__(
        self,
        status: int,
        code: str,
        description: str,
        details: str,
        *,
        cause: JsonObject | None = None,
        headers: dict[str, str] | None = None,
        rest_layer: bool = False,
    ) -> None:
        super().__init__(details)
        self.status = status
        self.error = error_object(code, description, details, cause=cause)
        self.headers = headers or {}
        # True for failures a real server raises before the API runs (RestException),
        # which it answers in plain text; see ServerOptions.plain_text_rest_errors.
        self.rest_layer = rest_layer


def error_object(
    code: str, description: str, details: str, *, cause: JsonObject | None = None
) -> JsonObject:
    """ZStack's ErrorCode shape; ``cause`` nests another ErrorCode (the root error)."""
    err: JsonObject = {"code": code, "description": description, "details": details}
    if cause is not None:
        err["cause"] = cause
    return err


def invalid_argument(details: str) -> ApiError:
    return ApiError(400, "SYS.1007", "One or more API argument is invalid", details)


def deterministic_uuid(seed: str) -> str:
    """32 lowercase hex chars, stable across runs, so tests can hard-code seeded ids."""
    return hashlib.md5(seed.encode()).hexdigest()


def new_uuid() -> str:
    return uuid_mod.uuid4().hex


def sha512_hex(text: str) -> str:
    return hashlib.sha512(text.encode()).hexdigest()


def format_zstack_date(dt: datetime) -> str:
    """Java's ``MMM d, yyyy h:mm:ss a`` in an English locale: "Nov 14, 2017 10:20:57 PM".

    Built by hand rather than with strftime so the output does not depend on the locale.
    """
    hour12 = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return (
        f"{_MONTHS[dt.month - 1]} {dt.day}, {dt.year} "
        f"{hour12}:{dt.minute:02d}:{dt.second:02d} {ampm}"
    )


_ZSTACK_DATE_RE = re.compile(
    r"^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)$"
)


def parse_zstack_date(text: str) -> datetime | None:
    m = _ZSTACK_DATE_RE.match(text)
    if m is None or m.group(1) not in _MONTHS:
        return None
    hour = int(m.group(4)) % 12 + (12 if m.group(7) == "PM" else 0)
    return datetime(
        int(m.group(3)),
        _MONTHS.index(m.group(1)) + 1,
        int(m.group(2)),
        hour,
        int(m.group(5)),
        int(m.group(6)),
    )


# --------------------------------------------------------------------------- records


@dataclass
class RecordedRequest:
    """What a client sent, kept so tests can assert on it."""

    method: str
    # URL-decoded path without the query string, e.g. "/zstack/v1/vm-instances".
    path: str
    # Decoded (name, value) pairs in wire order; repeated keys stay repeated.
    query: list[tuple[str, str]]
    headers: list[tuple[str, str]]
    # Parsed JSON body, or None when absent or unparsable (see raw_body).
    body: Any
    raw_body: bytes
    # Filled in once the answer is known.
    status: int | None = None
    job_uuid: str | None = None
    # The path exactly as it arrived (percent-encoding kept).
    raw_path: str = ""

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    def query_values(self, name: str) -> list[str]:
        return [value for key, value in self.query if key == name]


@dataclass
class Session:
    uuid: str
    account_uuid: str
    user_uuid: str
    created: datetime
    expires_at: float  # time.time() based, so a test can compare against the wall clock
    logged_out: bool = False

    def inventory(self) -> JsonObject:
        expired = datetime.fromtimestamp(self.expires_at)
        return {
            "uuid": self.uuid,
            "accountUuid": self.account_uuid,
            "userUuid": self.user_uuid,
            "userType": "AccountVO",
            "expiredDate": format_zstack_date(expired),
            "createDate": format_zstack_date(self.created),
        }


@dataclass
class Job:
    """One asynchronous API call. The outcome is decided when it is submitted; polling
    only reveals it, which keeps the server deterministic for tests."""

    uuid: str
    api: str
    polls_needed: int
    result: JsonObject | None
    error: JsonObject | None
    # True when the client chose the id with an X-Job-UUID header.
    from_header: bool
    created_at: float
    request: RecordedRequest | None = None
    polls: int = 0
    expired: bool = False

    @property
    def failed(self) -> bool:
        return self.error is not None


# ---------------------------------------------------------------------------- seed


def _vm_inventory(
    *,
    uuid: str,
    name: str,
    description: str | None,
    state: str,
    cpu_num: int,
    memory_size: int,
    created: datetime,
    platform: str,
    index: int,
) -> JsonObject:
    """A VmInstanceInventory with exactly the fields of ZStack's class (Java SDK 5.2.0),
    nested VmNicInventory and VolumeInventory likewise; values like the manual's example.
    Numbers are floats because that is how the manual prints Long/Integer fields (see
    java_doubles)."""
    zone = deterministic_uuid("zone-1")
    cluster = deterministic_uuid("cluster-1")
    host = deterministic_uuid(f"host-{index % 3}")
    l3 = deterministic_uuid("l3-1")
    root_volume = deterministic_uuid(f"root-volume-{uuid}")
    stamp = format_zstack_date(created)
    running = state in ("Running", "Paused")
    return {
        "uuid": uuid,
        "name": name,
        "description": description,
        "zoneUuid": zone,
        "clusterUuid": cluster,
        "imageUuid": deterministic_uuid(f"image-{index % 4}"),
        "hostUuid": host if running else None,
        "lastHostUuid": host,
        "instanceOfferingUuid": deterministic_uuid(f"offering-{cpu_num}"),
        "rootVolumeUuid": root_volume,
        "platform": platform,
        "architecture": "x86_64",
        "defaultL3NetworkUuid": l3,
        "type": "UserVm",
        "hypervisorType": "KVM",
        "memorySize": float(memory_size),
        "reservedMemorySize": 0.0,
        "cpuNum": float(cpu_num),
        "cpuSpeed": 0.0,
        "allocatorStrategy": "LastHostPreferredAllocatorStrategy",
        "createDate": stamp,
        "lastOpDate": stamp,
        "state": state,
        "vmNics": [
            {
                "uuid": deterministic_uuid(f"nic-{uuid}"),
                "vmInstanceUuid": uuid,
                "l3NetworkUuid": l3,
                "ip": f"192.168.1.{10 + index}",
                "mac": f"fa:16:3e:00:00:{index:02x}",
                "hypervisorType": "KVM",
                "netmask": "255.255.255.0",
                "gateway": "192.168.1.1",
                "metaData": None,
                "ipVersion": 4.0,
                "driverType": "virtio",
                "usedIps": [],
                "internalName": f"vnic{index}.0",
                "deviceId": 0.0,
                "type": "VNIC",
                "state": "Enable",
                "createDate": stamp,
                "lastOpDate": stamp,
            }
        ],
        "allVolumes": [
            {
                "uuid": root_volume,
                "name": f"Root-Volume-For-VM-{uuid}",
                "description": None,
                "primaryStorageUuid": deterministic_uuid("ps-1"),
                "vmInstanceUuid": uuid,
                "diskOfferingUuid": None,
                "rootImageUuid": deterministic_uuid(f"image-{index % 4}"),
                "installPath": f"/zstack_ps/rootVolumes/acct-admin/vol-{root_volume}.qcow2",
                "type": "Root",
                "format": "qcow2",
                "size": 1.073741824e10,
                "actualSize": 1.073741824e9,
                "deviceId": 0.0,
                "state": "Enabled",
                "status": "Ready",
                "createDate": stamp,
                "lastOpDate": stamp,
                "isShareable": False,
                "volumeQos": None,
                "lastDetachDate": None,
                "lastVmInstanceUuid": None,
                "lastAttachDate": stamp,
                "protocol": None,
            }
        ],
        "vmCdRoms": [],
        "guestOsType": "Linux",
    }


SEED_BASE_DATE = datetime(2017, 11, 14, 22, 20, 57)
_SEED_ROLES = ("web", "db", "cache", "batch", "test")
_SEED_STATES = ("Running", "Running", "Stopped", "Paused", "Stopped", "Running", "Unknown")
_SEED_CPUS = (1, 2, 4, 8, 16)


def seed_vms(count: int) -> list[JsonObject]:
    """Deterministic VMs with varied name/state/cpuNum/createDate/description."""
    vms = []
    for i in range(count):
        cpu = _SEED_CPUS[i % len(_SEED_CPUS)]
        vms.append(
            _vm_inventory(
                uuid=deterministic_uuid(f"vm-{i}"),
                name=f"{_SEED_ROLES[i % len(_SEED_ROLES)]}-{i:02d}",
                # Every fourth VM has no description, to exercise =null / !=null.
                description=None if i % 4 == 3 else f"seeded vm {i}",
                state=_SEED_STATES[i % len(_SEED_STATES)],
                cpu_num=cpu,
                memory_size=cpu * 2 * 1024**3,
                created=SEED_BASE_DATE + timedelta(days=i, hours=i),
                platform="Windows" if i % 5 == 4 else "Linux",
                index=i,
            )
        )
    return vms


# --------------------------------------------------------------------------- query

# The operators of ZStack's query grammar. Field names only use [A-Za-z0-9_.], so the
# first character outside that set starts the operator, and the alternation lists
# longer operators first ("!?=" before "!=", ">=" before ">").
_CONDITION_RE = re.compile(
    r"^([A-Za-z_][A-Za-z0-9_.]*)(!\?=|!~=|!=|>=|<=|~=|\?=|=|>|<)(.*)$", re.DOTALL
)
_TIMESTAMP_FIELDS = frozenset({"createDate", "lastOpDate", "joinDate", "heartBeat"})


@dataclass(frozen=True)
class Condition:
    field: str
    op: str  # one of the wire operators, or "is null" / "not null"
    value: str


def parse_condition(text: str) -> Condition:
    m = _CONDITION_RE.match(text.strip())
    if m is None:
        raise invalid_argument(
            f"Invalid query parameter. The '{text}' in the parameter[q] doesn't contain "
            "any query operator. Valid query operators are "
            "[!=, >=, <=, !?=, !~=, ~=, ?=, =, >, <, =null, !=null]"
        )
    name, op, value = m.groups()
    # The manual spells IS NULL / NOT NULL as "name=null" / "name!=null".
    if value == "null" and op == "=":
        return Condition(name, "is null", "")
    if value == "null" and op == "!=":
        return Condition(name, "not null", "")
    return Condition(name, op, value)


def _resolve(record: Any, path: Sequence[str]) -> list[Any]:
    """Values reached by a dotted path; lists fan out like a SQL join does."""
    if not path:
        if isinstance(record, list):
            return [v for item in record for v in _resolve(item, ())]
        return [record]
    if isinstance(record, list):
        return [v for item in record for v in _resolve(item, path)]
    if isinstance(record, dict):
        return _resolve(record.get(path[0]), path[1:])
    return [None]


def _to_datetime(text: str) -> datetime | None:
    parsed = parse_zstack_date(text)
    if parsed is not None:
        return parsed
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    if text.isdigit():  # epoch milliseconds, as ZStack stores timestamps
        return datetime.fromtimestamp(int(text) / 1000)
    return None


def _typed(field_name: str, sample: Any, raw: str) -> Any:
    """Convert a condition's text to the type of the field it is compared with."""
    if isinstance(sample, bool):
        return raw.lower() == "true"
    if isinstance(sample, int | float):
        try:
            return float(raw)
        except ValueError:
            raise invalid_argument(
                f"Invalid query value[{raw}] for the numeric field[{field_name}]"
            ) from None
    if field_name.rsplit(".", 1)[-1] in _TIMESTAMP_FIELDS and isinstance(sample, str):
        when = _to_datetime(raw)
        if when is None:
            raise invalid_argument(
                f"Invalid query value[{raw}] for the timestamp field[{field_name}]"
            )
        return when
    return raw


def _comparable(field_name: str, value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and field_name.rsplit(".", 1)[-1] in _TIMESTAMP_FIELDS:
        return parse_zstack_date(value) or value
    return value


def _like_regex(pattern: str) -> re.Pattern[str]:
    """SQL LIKE: % is any run of characters, _ is exactly one."""
    parts = []
    for ch in pattern:
        if ch == "%":
            parts.append(".*")
        elif ch == "_":
            parts.append(".")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts), re.DOTALL)


def _value_matches(cond: Condition, value: Any) -> bool:
    # SQL semantics: any comparison with NULL is not true, "!=" included.
    if value is None:
        return False
    left = _comparable(cond.field, value)
    if cond.op in ("~=", "!~="):
        hit = _like_regex(cond.value).fullmatch(str(value)) is not None
        return hit if cond.op == "~=" else not hit
    if cond.op in ("?=", "!?="):
        members = [_typed(cond.field, value, item) for item in cond.value.split(",")]
        hit = left in members
        return hit if cond.op == "?=" else not hit
    right = _typed(cond.field, value, cond.value)
    try:
        if cond.op == "=":
            return bool(left == right)
        if cond.op == "!=":
            return bool(left != right)
        if cond.op == ">":
            return bool(left > right)
        if cond.op == ">=":
            return bool(left >= right)
        if cond.op == "<":
            return bool(left < right)
        if cond.op == "<=":
            return bool(left <= right)
    except TypeError:
        raise invalid_argument(f"Cannot compare field[{cond.field}] with [{cond.value}]") from None
    raise AssertionError(f"unhandled operator {cond.op}")


def condition_matches(cond: Condition, record: JsonObject) -> bool:
    values = [v for v in _resolve(record, cond.field.split(".")) if v is not None]
    if cond.op == "is null":
        return not values
    if cond.op == "not null":
        return bool(values)
    # A joined field matches when any joined row matches, as an SQL join would.
    return any(_value_matches(cond, v) for v in values)


def _parse_bool(text: str) -> bool:
    # Java's Boolean.parseBoolean: only a case-insensitive "true" is true.
    return text.strip().lower() == "true"


def _parse_int(name: str, text: str) -> int:
    try:
        number = int(text.strip())
    except ValueError:
        raise invalid_argument(f"Invalid query parameter. '{name}' must be an integer") from None
    if number < 0:
        raise invalid_argument(f"Invalid query parameter. '{name}' must not be negative")
    return number


def run_query(records: Sequence[JsonObject], query: Iterable[tuple[str, str]]) -> JsonObject:
    """Evaluate a Query* API's query string against ``records``.

    Supports q (AND-ed conditions), limit (default 1000), start, count, replyWithCount,
    sort (+f / -f / f), fields. groupBy and filterName are accepted and ignored.
    """
    known = {key for record in records for key in record}
    conditions: list[Condition] = []
    limit, start = 1000, 0
    count = reply_with_count = False
    sort: tuple[str, bool] | None = None
    fields: list[str] = []
    for name, raw in query:
        name = name.strip()
        if name == "q":
            conditions.append(parse_condition(raw))
        elif name == "limit":
            limit = _parse_int(name, raw)
        elif name == "start":
            start = _parse_int(name, raw)
        elif name == "count":
            count = _parse_bool(raw)
        elif name == "replyWithCount":
            reply_with_count = _parse_bool(raw)
        elif name == "sort":
            # An unencoded "+" arrives as a space; ZStack trims it and sorts ascending,
            # which is what "+field" meant anyway.
            text = raw.strip()
            descending = text.startswith("-")
            sort = (text.lstrip("+-"), descending)
        elif name == "fields":
            # ZStack documents both "fields=a,b" and "fields=a&fields=b".
            fields.extend(f.strip() for f in raw.split(",") if f.strip())
        # Anything else (groupBy, filterName, systemTags, ...) is ignored like ZStack
        # ignores unknown query parameters.

    for cond in conditions:
        top = cond.field.split(".", 1)[0]
        if known and top not in known and top not in ("__systemTag__", "__userTag__"):
            raise invalid_argument(
                f"Invalid query condition. The field[{cond.field}] is not queryable"
            )

    matched = [r for r in records if all(condition_matches(c, r) for c in conditions)]
    total = len(matched)
    if count:
        return {"total": total}

    if sort is not None:
        sort_field, descending = sort
        if known and sort_field not in known:
            raise invalid_argument(
                f"Invalid query parameter. Cannot sort by unknown field[{sort_field}]"
            )

        def sort_key(record: JsonObject) -> tuple[int, Any]:
            value = record.get(sort_field)
            # MySQL puts NULLs first when ascending (and therefore last when descending).
            return (0, 0) if value is None else (1, _comparable(sort_field, value))

        matched.sort(key=sort_key, reverse=descending)

    page = matched[start : start + limit]
    if fields:
        unknown = [f for f in fields if known and f not in known]
        if unknown:
            raise invalid_argument(
                f"Invalid query parameter. 'fields' contains unknown fields {unknown}"
            )
        page = [{f: r.get(f) for f in fields} for r in page]

    answer: JsonObject = {"inventories": page}
    if reply_with_count:
        answer["total"] = total
    return answer


# --------------------------------------------------------------------------- state


class ServerState:
    """Everything the fake management node knows. Read it from tests; mutate under lock."""

    def __init__(self, options: ServerOptions) -> None:
        self.options = options
        # Re-entrant: handlers hold it for a whole request and call helpers that lock too.
        self.lock = threading.RLock()
        self.requests: list[RecordedRequest] = []
        self.sessions: dict[str, Session] = {}
        self.jobs: dict[str, Job] = {}
        self.vms: dict[str, JsonObject] = {vm["uuid"]: vm for vm in seed_vms(options.seed_vms)}
        # groupUuid -> the VolumeBackupInventory objects of that group.
        self.vm_backups: dict[str, list[JsonObject]] = {}
        self.polls_before_done = options.polls_before_done
        self.account_uuid = deterministic_uuid(f"account-{options.account_name}")
        self.management_node_uuid = deterministic_uuid("management-node-1")
        self.started = datetime.now()

    # -- requests

    def record(self, request: RecordedRequest) -> None:
        with self.lock:
            self.requests.append(request)

    def requests_to(
        self, method: str | None = None, path: str | None = None
    ) -> list[RecordedRequest]:
        """Recorded requests, filtered by method and by path (exact, or prefix if it ends with '*')."""
        with self.lock:
            found = list(self.requests)
        if method is not None:
            found = [r for r in found if r.method == method.upper()]
        if path is not None:
            if path.endswith("*"):
                found = [r for r in found if r.path.startswith(path[:-1])]
            else:
                found = [r for r in found if r.path == path]
        return found

    def last_request(self, method: str | None = None, path: str | None = None) -> RecordedRequest:
        found = self.requests_to(method, path)
        if not found:
            raise LookupError(f"no recorded request matches {method} {path}")
        return found[-1]

    def clear_requests(self) -> None:
        with self.lock:
            self.requests.clear()

    # -- sessions

    def login(self, account_name: str, password_sha512: str) -> Session | None:
        if account_name != self.options.account_name:
            return None
        if password_sha512.lower() != sha512_hex(self.options.password):
            return None
        return self.new_session()

    def new_session(self) -> Session:
        now = time.time()
        session = Session(
            uuid=new_uuid(),
            account_uuid=self.account_uuid,
            # The admin account's user uuid equals its account uuid in ZStack's examples.
            user_uuid=self.account_uuid,
            created=datetime.fromtimestamp(now).replace(microsecond=0),
            expires_at=now + self.options.session_ttl_s,
        )
        with self.lock:
            self.sessions[session.uuid] = session
        return session

    def session_valid(self, session_uuid: str) -> bool:
        with self.lock:
            session = self.sessions.get(session_uuid)
            return (
                session is not None and not session.logged_out and time.time() < session.expires_at
            )

    def logout(self, session_uuid: str) -> None:
        with self.lock:
            session = self.sessions.get(session_uuid)
            if session is not None:
                session.logged_out = True

    def expire_session(self, session_uuid: str) -> None:
        with self.lock:
            self.sessions[session_uuid].expires_at = 0.0

    # -- jobs

    def add_job(
        self,
        api: str,
        *,
        job_uuid: str | None,
        result: JsonObject | None = None,
        error: JsonObject | None = None,
        request: RecordedRequest | None = None,
    ) -> Job:
        job = Job(
            uuid=job_uuid or new_uuid(),
            api=api,
            polls_needed=self.polls_before_done,
            result=None if error is not None else (result if result is not None else {}),
            error=error,
            from_header=job_uuid is not None,
            created_at=time.monotonic(),
            request=request,
        )
        with self.lock:
            self.jobs[job.uuid] = job
        return job

    def find_live_job(self, job_uuid: str) -> Job | None:
        with self.lock:
            job = self.jobs.get(job_uuid)
            if job is None or job.expired:
                return None
            ttl = self.options.job_ttl_s
            if ttl is not None and time.monotonic() - job.created_at > ttl:
                job.expired = True
                return None
            return job

    def expire_job(self, job_uuid: str) -> None:
        with self.lock:
            self.jobs[job_uuid].expired = True

    def job_polls(self, job_uuid: str) -> int:
        with self.lock:
            return self.jobs[job_uuid].polls

    # -- resources

    def management_nodes(self) -> list[JsonObject]:
        stamp = format_zstack_date(self.started)
        return [
            {
                "uuid": self.management_node_uuid,
                "hostName": self.options.host,
                "joinDate": stamp,
                "heartBeat": format_zstack_date(datetime.now()),
            }
        ]

    def create_vm(self, params: JsonObject) -> JsonObject:
        vm_uuid = params.get("resourceUuid") or new_uuid()
        now = datetime.now().replace(microsecond=0)
        cpu = int(params.get("cpuNum") or 1)
        vm = _vm_inventory(
            uuid=vm_uuid,
            name=params["name"],
            description=params.get("description"),
            state="Stopped" if params.get("strategy") == "CreateStopped" else "Running",
            cpu_num=cpu,
            memory_size=int(params.get("memorySize") or cpu * 2 * 1024**3),
            created=now,
            platform="Linux",
            index=len(self.vms),
        )
        vm["imageUuid"] = params["imageUuid"]
        vm["defaultL3NetworkUuid"] = (
            params.get("defaultL3NetworkUuid") or params["l3NetworkUuids"][0]
        )
        if params.get("instanceOfferingUuid"):
            vm["instanceOfferingUuid"] = params["instanceOfferingUuid"]
        with self.lock:
            self.vms[vm_uuid] = vm
        return vm

    def touch_vm(self, vm: JsonObject, **changes: Any) -> JsonObject:
        with self.lock:
            vm.update(changes)
            vm["lastOpDate"] = format_zstack_date(datetime.now())
        return vm

    def create_vm_backup(self, root_volume_uuid: str, params: JsonObject) -> list[JsonObject]:
        group_uuid = new_uuid()
        stamp = format_zstack_date(datetime.now())
        backup_uuid = new_uuid()
        backup = {
            "uuid": backup_uuid,
            "volumeUuid": root_volume_uuid,
            "name": params["name"],
            "description": params.get("description"),
            "type": "Root",
            "state": "Enabled",
            "status": "Ready",
            "size": 1.073741824e9,
            "metadata": None,
            "groupUuid": group_uuid,
            "mode": "full",
            "vmInstanceUuid": None,
            "createDate": stamp,
            "lastOpDate": stamp,
            "backupStorageRefs": [
                {
                    "volumeBackupUuid": backup_uuid,
                    "backupStorageUuid": params["backupStorageUuid"],
                    "installPath": f"zstore://backup/{backup_uuid}",
                    "status": "Ready",
                    "createDate": stamp,
                    "lastOpDate": stamp,
                }
            ],
        }
        with self.lock:
            self.vm_backups[group_uuid] = [backup]
        return [backup]

    def delete_vm_backup(self, group_uuid: str, backup_storage_uuids: list[str]) -> None:
        """Drop the refs on the given backup storages (all of them when none given)."""
        with self.lock:
            group = self.vm_backups.get(group_uuid)
            if group is None:
                return
            for backup in group:
                backup["backupStorageRefs"] = [
                    ref
                    for ref in backup["backupStorageRefs"]
                    if backup_storage_uuids and ref["backupStorageUuid"] not in backup_storage_uuids
                ]
            if all(not b["backupStorageRefs"] for b in group):
                del self.vm_backups[group_uuid]


__all__ = [
    "ApiError",
    "Condition",
    "Job",
    "JsonObject",
    "RecordedRequest",
    "ServerOptions",
    "ServerState",
    "Session",
    "deterministic_uuid",
    "error_object",
    "format_zstack_date",
    "invalid_argument",
    "parse_condition",
    "parse_zstack_date",
    "run_query",
    "seed_vms",
    "sha512_hex",
]
