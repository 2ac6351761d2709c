"""The `zstack` command's help texts: usage, the API list by chapter, search, one API."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _cli_catalog as catalog
from ._cli_values import QUERY_OPTIONS

USAGE = """\
usage: zstack [options] ApiName key=value ...
       zstack help [ApiName | --search WORD]
       zstack profiles
       zstack completion bash|zsh

Calls any ZStack API by its name, with its parameters by their wire names:
  zstack --url http://zstack:8080 LogInByAccount accountName=admin password=...
  zstack QueryVmInstance state=Running memorySize>=1073741824 limit=10 --output table
  zstack StopVmInstance uuid=... type=cold
Lists as a,b,c (or a JSON array), booleans true/false, JSON for maps and structures.
Query APIs take conditions: = != > >= < <= ?= (in) !?= (not in) ~= (like) !~= and
field=null / field!=null, plus limit= start= count=true replyWithCount=true sortBy=
sortDirection=asc|desc fields=a,b.

options:
  --url URL               the management node (or ZSTACK_URL, or the profile's)
  --output, -o FORMAT     json (default), yaml or table
  --profile NAME          the profile to use (or ZSTACK_PROFILE; default "default")
  --server-version X.Y.Z  refuse APIs and parameters newer than this ZStack release
                          (default: the release the profile recorded at login)
  --timeout SECONDS       per HTTP request (default 30)
  --poll-timeout SECONDS  how long to wait for an asynchronous job (default 600)
  --help, -h              this text; `zstack ApiName --help` describes one API
  --version               the package's version and the API documents it was built from

Log in once (LogInByAccount, LogInByUser, LogInByLdap, ...): the session and the URL are
saved in $ZSTACK_CONFIG_DIR/<profile>.json (default ~/.config/zstack, mode 0600, never the
password) and reused; LogOut ends the session. ZSTACK_ACCESS_KEY_ID and
ZSTACK_ACCESS_KEY_SECRET sign every call with an access key instead.
Exit status: 0 done, 1 the API failed (error code and causes on stderr), 2 usage error.
"""


def api_list() -> str:
    lines = []
    summaries = catalog.index()
    for chapter, names in catalog.chapters().items():
        lines.append(f"{chapter} ({len(names)} APIs)")
        width = max(len(n) for n in names)
        lines += [f"  {n.ljust(width)}  {summaries[n][1]}".rstrip() for n in names]
        lines.append("")
    lines.append(f"{len(summaries)} APIs. zstack help ApiName describes one.")
    return "\n".join(lines)


def search_results(word: str) -> str:
    found = catalog.search(word)
    if not found:
        return f"no API matches {word!r}"
    summaries = catalog.index()
    width = max(len(n) for n in found)
    return "\n".join(f"{n.ljust(width)}  {summaries[n][1]}".rstrip() for n in found)


def _limits(checks: Mapping[str, Any]) -> list[str]:
    out = []
    for key, limit in checks.items():
        if key == "enum":
            continue
        if key == "items.enum":
            out.append("each one of: " + ", ".join(str(v) for v in limit))
        else:
            out.append(f"{key} {limit}")
    return out


def _type(param: Mapping[str, Any]) -> str:
    kind = str(param["kind"])
    return f"list of {param.get('items') or 'string'}" if kind == "list" else kind


def api_help(name: str) -> str:
    spec = catalog.spec(name)
    chapter = catalog.index()[name][0]
    mode = "asynchronous: waits for the job to finish" if spec.get("async") else "synchronous"
    lines = [f"{name}: {spec['summary']}", ""]
    if spec.get("description"):
        lines += [str(spec["description"]), ""]
    lines.append(f"route:    {spec['method']} /zstack/v1{spec['path']}")
    lines += [f"          {spec['method']} /zstack/v1{alt}" for alt in spec.get("alt_paths", [])]
    lines.append(
        f"since:    ZStack {spec['since']}" if spec.get("since") else "since:    not dated"
    )
    lines.append(f"mode:     {mode}")
    lines.append(f"chapter:  {chapter}")
    if name.startswith("LogIn"):
        lines.append("login:    saves the session in the profile; prompts for a missing password")
    if not spec.get("auth", True):
        lines.append("auth:     none (callable without a session)")
    if spec.get("status"):
        lines.append(f"status:   {spec['status']}")
    lines += ["", "parameters:"]
    for p in spec["params"]:
        flags = [_type(p), "required" if p.get("required") else "optional"]
        if p.get("since"):
            flags.append(f"since {p['since']}")
        if p.get("hashed"):
            flags.append("sent as its SHA-512 digest")
        lines.append(f"  {p['wire']}  ({', '.join(flags)})")
        if p.get("description"):
            lines.append(f"      {p['description']}")
        checks = p.get("checks") or {}
        if "enum" in checks:
            lines.append("      allowed: " + ", ".join(str(v) for v in checks["enum"]))
        limits = _limits(checks)
        if limits:
            lines.append("      limits: " + "; ".join(limits))
    if spec.get("query"):
        lines += [
            "",
            "query conditions: field=value field!=value field>n field>=n field<n field<=n",
            "  field?=a,b (in) field!?=a,b (not in) field~=pat% (like) field!~=pat%",
            "  field=null field!=null; dotted fields reach related resources (vmNics.ip=...)",
            "query options: " + " ".join(f"{k}=" for k in QUERY_OPTIONS),
        ]
    return "\n".join(lines)
