"""`zstack`: ZStack's APIs on the command line, in zstack-cli's own syntax.

    zstack --url http://zstack:8080 LogInByAccount accountName=admin password=...
    zstack QueryVmInstance state=Running 'memorySize>=1073741824' limit=10 -o table
    zstack StopVmInstance uuid=... type=cold

Exit status 0 when the API succeeded, 1 when it failed (the error code, description
and cause chain on stderr), 2 for a usage error (nothing was sent). `zstack --help`,
`help` and completion load only the generated index, never the API and model modules.
"""

from __future__ import annotations

import copy
import getpass
import importlib
import itertools
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TextIO

from . import _cli_catalog as catalog
from . import _cli_profile as profile
from ._cli_output import FORMATS, render
from ._cli_values import UsageError, split_word

# Who logged in, by login API: the parameter that names the user (kept in the profile).
LOGIN_USER = ("accountName", "userName", "uid", "username", "name")
LOGOUT = "LogOut"
GET_VERSION = "GetVersion"


@dataclass
class Options:
    url: str | None = None
    output: str = "json"
    profile: str | None = None
    server_version: str | None = None
    timeout: float = 30.0
    poll_timeout: float = 600.0
    help: bool = False
    version: bool = False
    search: str | None = None
    words: list[str] = field(default_factory=list)


_VALUED = {
    "--url": "url",
    "--output": "output",
    "-o": "output",
    "--profile": "profile",
    "--server-version": "server_version",
    "--timeout": "timeout",
    "--poll-timeout": "poll_timeout",
    "--search": "search",
}


def _seconds(option: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"{option} {text!r}: expected a number of seconds") from None
    if value <= 0:
        raise UsageError(f"{option} {text!r}: must be positive")
    return value


def parse_command_line(argv: Sequence[str]) -> Options:
    """Options may come anywhere (``--opt value`` or ``--opt=value``); ``--`` ends them."""
    opts = Options()
    items = list(argv)
    i = 0
    while i < len(items):
        word = items[i]
        i += 1
        if word == "--":
            opts.words += items[i:]
            break
        if word in ("-h", "--help"):
            opts.help = True
            continue
        if word == "--version":
            opts.version = True
            continue
        name, eq, inline = word.partition("=")
        if name in _VALUED:
            if eq:
                value = inline
            elif i < len(items):
                value = items[i]
                i += 1
            else:
                raise UsageError(f"{name} needs a value")
            attr = _VALUED[name]
            if attr in ("timeout", "poll_timeout"):
                setattr(opts, attr, _seconds(name, value))
            else:
                setattr(opts, attr, value)
            continue
        if word.startswith("-") and split_word(word) is None:
            raise UsageError(f"unknown option {word!r}; see: zstack --help")
        opts.words.append(word)
    if opts.output not in FORMATS:
        raise UsageError(f"--output {opts.output!r}: expected one of {', '.join(FORMATS)}")
    return opts


@contextmanager
def _spinner(label: str, stream: TextIO, enabled: bool) -> Iterator[None]:
    """A spinner on stderr while an asynchronous job runs (a terminal only)."""
    if not enabled:
        yield
        return
    done = threading.Event()

    def spin() -> None:
        for frame in itertools.cycle("|/-\\"):
            if done.wait(0.1):
                break
            stream.write(f"\r{frame} {label}")
            stream.flush()
        stream.write("\r" + " " * (len(label) + 2) + "\r")
        stream.flush()

    thread = threading.Thread(target=spin, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()


def _error_lines(err: Any) -> list[str]:
    """ZStack's error and its cause chain, innermost last."""
    lines: list[str] = []
    first = True
    while err is not None:
        head = ": ".join(str(p) for p in (err.code, err.description) if p) or f"HTTP {err.status}"
        lines.append(("  " if first else "  caused by: ") + head)
        for extra in (err.details, err.elaboration):
            if extra:
                lines.append(f"      {extra}")
        err = err.cause
        first = False
    return lines


def report_api_error(err: Any, stream: TextIO) -> None:
    where = [f"HTTP {err.status}"] + ([f"job {err.job_uuid}"] if err.job_uuid else [])
    stream.write(f"zstack: {err.api or 'the call'} failed ({', '.join(where)})\n")
    stream.write("\n".join(_error_lines(err)) + "\n")


def _descriptor(name: str) -> Any:
    """The SDK's own descriptor of the API (its wire layout, which parameters it sends
    hashed, whether it opens a session), answering raw JSON: the command prints what
    the server said, without loading any result model."""
    sdk_catalog = importlib.import_module(f"{__package__}.catalog")
    raw = copy.copy(sdk_catalog.describe(name))
    raw.result = None
    return raw


@dataclass
class Credentials:
    session_id: str | None = None
    access_key_id: str | None = None
    access_key_secret: str | None = None


def _credentials(spec: dict[str, Any], url: str, saved: dict[str, Any]) -> Credentials:
    key_id = os.environ.get("ZSTACK_ACCESS_KEY_ID")
    secret = os.environ.get("ZSTACK_ACCESS_KEY_SECRET")
    if bool(key_id) != bool(secret):
        raise UsageError("ZSTACK_ACCESS_KEY_ID and ZSTACK_ACCESS_KEY_SECRET go together")
    if key_id and secret:
        return Credentials(access_key_id=key_id, access_key_secret=secret)
    # A saved session belongs to the server it was made on, never to another URL.
    if spec.get("auth", True) and saved.get("session_uuid") and saved.get("url") == url:
        return Credentials(session_id=str(saved["session_uuid"]))
    return Credentials()


def _given(words: Sequence[str], key: str) -> bool:
    return any((p := split_word(w)) is not None and p[0] == key and p[1] == "=" for w in words)


def _server_version(client: Any) -> str | None:
    """The server's release, asked right after a login (None when it will not say)."""
    from ._errors import ZStackError

    if GET_VERSION not in catalog.index():
        return None
    try:
        answer = client._request(_descriptor(GET_VERSION), {})
    except ZStackError:
        return None
    version = answer.get("version") if isinstance(answer, dict) else None
    return str(version) if version else None


def server_url(text: str) -> str:
    """One spelling per server ("host:8080/", ".../zstack/v1" and so on), so that a
    profile's session is recognised as this server's (the SDK accepts all of them)."""
    base = text.strip().rstrip("/")
    scheme, sep, rest = base.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest:
        raise UsageError(f"--url {text!r}: give the scheme and host, e.g. http://10.0.0.1:8080")
    for suffix in ("/zstack/v1", "/zstack"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    return base


@dataclass
class Call:
    """One API call, checked and ready to send (nothing has been sent yet)."""

    name: str
    spec: dict[str, Any]
    args: dict[str, Any]
    url: str
    server_version: str | None
    profile_name: str
    saved: dict[str, Any]


def _words_with_defaults(
    name: str, spec: dict[str, Any], words: list[str], saved: dict[str, Any]
) -> list[str]:
    """A login's password from a prompt (a terminal only); LogOut's session from the profile."""
    params = {str(p["wire"]) for p in spec["params"]}
    if name.startswith("LogIn") and "password" in params and not _given(words, "password"):
        if not sys.stdin.isatty():
            raise UsageError(f"{name}: missing required parameter password")
        words = [*words, "password=" + getpass.getpass("password: ")]
    if name == LOGOUT and not _given(words, "sessionUuid") and saved.get("session_uuid"):
        words = [*words, f"sessionUuid={saved['session_uuid']}"]
    return words


def plan_call(opts: Options) -> Call:
    """Everything a usage error can come from, before anything is sent."""
    from ._cli_values import parse_arguments
    from ._errors import ZStackVersionError
    from ._versions import check_call, parse_version

    name = catalog.resolve(opts.words[0])
    spec = catalog.spec(name)
    profile_name = opts.profile or os.environ.get("ZSTACK_PROFILE") or profile.DEFAULT
    saved = profile.load(profile_name)
    words = _words_with_defaults(name, spec, list(opts.words[1:]), saved)
    args = parse_arguments(name, spec, words)
    given_url = opts.url or os.environ.get("ZSTACK_URL") or saved.get("url")
    if not given_url:
        raise UsageError("no server: give --url URL or set ZSTACK_URL (a login saves it)")
    server_version = opts.server_version or saved.get("server_version")
    if server_version and not parse_version(server_version):
        raise UsageError(f"--server-version {server_version!r}: not a release number like 4.8.0")
    since = {str(p["wire"]): p.get("since") for p in spec["params"]}
    version = parse_version(server_version)
    try:
        check_call(name, spec.get("since"), since, args, version, server_version or "")
    except ZStackVersionError as exc:
        raise UsageError(str(exc)) from None
    url = server_url(given_url)
    return Call(name, spec, args, url, server_version, profile_name, saved)


def run_api(opts: Options, stdout: TextIO, stderr: TextIO) -> int:
    from ._base_client import SyncAPIClient
    from ._errors import (
        ZStackApiError,
        ZStackAuthenticationError,
        ZStackError,
        ZStackValidationError,
        ZStackVersionError,
    )

    call = plan_call(opts)
    name, args = call.name, call.args
    # The SDK hashes the passwords the descriptor names and adopts a login's session.
    api = _descriptor(name)
    credentials = _credentials(call.spec, call.url, call.saved)
    try:
        client = SyncAPIClient(
            call.url,
            timeout=opts.timeout,
            poll_timeout=opts.poll_timeout,
            server_version=call.server_version,
            session_id=credentials.session_id,
            access_key_id=credentials.access_key_id,
            access_key_secret=credentials.access_key_secret,
        )
    except ValueError as exc:  # the SDK's configuration errors
        raise UsageError(str(exc)) from None
    with client:
        try:
            with _spinner(name, stderr, bool(call.spec.get("async")) and stderr.isatty()):
                result = client._request(api, args)
        except (ZStackVersionError, ZStackValidationError, ValueError) as exc:
            raise UsageError(str(exc)) from None
        except ZStackApiError as exc:
            report_api_error(exc, stderr)
            if isinstance(exc, ZStackAuthenticationError):
                stderr.write(
                    "  (log in again, e.g. zstack LogInByAccount accountName=..., "
                    "or set ZSTACK_ACCESS_KEY_ID and ZSTACK_ACCESS_KEY_SECRET)\n"
                )
            return 1
        except ZStackError as exc:
            stderr.write(f"zstack: {exc}\n")
            return 1
        if name.startswith("LogIn"):
            _remember_login(call, opts, client)
    if name == LOGOUT and args.get("sessionUuid") == call.saved.get("session_uuid"):
        kept = {k: v for k, v in call.saved.items() if k in ("url", "server_version")}
        profile.save(call.profile_name, kept)
    stdout.write(render(result, opts.output) + "\n")
    return 0


def _remember_login(call: Call, opts: Options, client: Any) -> None:
    """Save the session, the server and who logged in (never the password); the
    release comes from GetVersion, asked within the new session."""
    session = client.session_id
    if not session:
        return
    user = next((str(call.args[k]) for k in LOGIN_USER if call.args.get(k)), None)
    version = opts.server_version or _server_version(client) or call.saved.get("server_version")
    profile.save(
        call.profile_name,
        {
            "url": call.url,
            "session_uuid": str(session),
            "login_api": call.name,
            "user": user,
            "server_version": version,
        },
    )


def _version_text() -> str:
    meta = importlib.import_module(f"{__package__}._meta")
    return (
        f"zstack (zstack-sdk {meta.__version__}): {meta.API_COUNT} APIs of "
        f"{meta.DOC_TITLE} {meta.DOC_VERSION}"
        + (
            f", reconciled with the Java SDK {meta.JAVA_SDK_VERSION}"
            if meta.JAVA_SDK_VERSION
            else ""
        )
    )


def run(argv: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    from . import _cli_help as help_text

    if argv and argv[0] == "__complete":
        return complete(argv[1:], stdout)
    opts = parse_command_line(argv)
    if opts.version:
        stdout.write(_version_text() + "\n")
        return 0
    if not opts.words:
        if opts.search is not None:
            stdout.write(help_text.search_results(opts.search) + "\n")
            return 0
        (stdout if opts.help else stderr).write(help_text.USAGE)
        return 0 if opts.help else 2
    command, rest = opts.words[0], opts.words[1:]
    if command == "help":
        if opts.search is not None:
            text = help_text.search_results(opts.search)
        elif rest:
            text = help_text.api_help(catalog.resolve(rest[0]))
        else:
            text = help_text.api_list()
        stdout.write(text + "\n")
        return 0
    if command == "profiles":
        # Never the session id itself: whether there is one is what an operator needs.
        rows = [
            {
                "profile": name,
                "url": data.get("url"),
                "user": data.get("user"),
                "server_version": data.get("server_version"),
                "logged_in": bool(data.get("session_uuid")),
            }
            for name in profile.names()
            for data in [profile.load(name)]
        ]
        stdout.write(render(rows, opts.output) + "\n")
        return 0
    if command == "completion":
        from ._cli_complete import script

        if len(rest) != 1:
            raise UsageError("usage: zstack completion bash|zsh")
        stdout.write(script(rest[0]))
        return 0
    if opts.help:
        stdout.write(help_text.api_help(catalog.resolve(command)) + "\n")
        return 0
    return run_api(opts, stdout, stderr)


def complete(argv: Sequence[str], stdout: TextIO) -> int:
    """``__complete [--wordbreaks CHARS] --bash LINE`` or ``__complete -- WORD... CURRENT``."""
    from ._cli_complete import bash_output, bash_words, candidates

    items = list(argv)
    wordbreaks = ""
    if len(items) >= 2 and items[0] == "--wordbreaks":
        wordbreaks, items = items[1], items[2:]
    if len(items) == 2 and items[0] == "--bash":
        words = bash_words(items[1])
        found = bash_output(candidates(words), words[-1] if words else "", wordbreaks)
    else:
        found = candidates(items[1:] if items[:1] == ["--"] else items)
    if found:
        stdout.write("\n".join(found) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from ._cli_profile import ProfileError

    stdout, stderr = sys.stdout, sys.stderr
    try:
        code = run(sys.argv[1:] if argv is None else argv, stdout, stderr)
        stdout.flush()  # inside the try: a closed pipe is reported here, not at exit
        return code
    except (UsageError, ProfileError) as exc:
        stderr.write(f"zstack: {exc}\n")
        return 2
    except KeyboardInterrupt:
        stderr.write("zstack: interrupted\n")
        return 130
    except BrokenPipeError:
        # `zstack ... | head`: the reader left; nothing more to say.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # never a traceback for an operator
        stderr.write(f"zstack: unexpected error: {type(exc).__name__}: {exc}\n")
        if os.environ.get("ZSTACK_DEBUG"):
            import traceback

            traceback.print_exc()
        return 1


if __name__ == "__main__":
    sys.exit(main())
