"""Exceptions raised by the client. All derive from ``ZStackError``: whatever the server
answers (deeply nested errors, HTML, huge or truncated bodies), a caller catching
``ZStackError`` catches every failure of a call.

    ZStackError
    ├── ZStackConfigurationError (also ValueError)   bad base URL, credentials, options
    ├── ZStackValidationError (also ValueError)      an argument breaks the spec, nothing sent
    ├── ZStackVersionError                           API or parameter newer than the server
    ├── ZStackConnectionError                        unreachable, after the safe retries
    ├── ZStackProtocolError                          an answer the protocol does not allow
    │   └── ZStackResponseTooLargeError              more than max_response_bytes
    ├── ZStackPollTimeoutError (also TimeoutError)   job still running at poll_timeout
    └── ZStackApiError                               the server refused or failed the call
        ├── ZStackAuthenticationError                wrong credentials (ID.1000), bad signature
        │   └── ZStackSessionExpiredError            expired or invalid session (ID.1001, 401)
        ├── ZStackPermissionDeniedError              the session may not call this (ID.1002)
        └── ZStackJobExpiredError                    404 while polling: the job is gone
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# A nested error deeper than this is cut (a hostile server sends 990 levels); the
# innermost errors are the most specific, so the chain keeps the first and last ones.
MAX_CAUSE_DEPTH = 32
EXCERPT_CHARS = 200

# Secrets travel in URLs in one place: ZStack's session routes (LogOut, ValidateSession).
_SESSION_IN_URL = re.compile(r"(/accounts/sessions/)[^/?#\s'\"]+")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with session ids in URLs and every known secret replaced by ``***``."""
    out = _SESSION_IN_URL.sub(r"\1***", text)
    for secret in secrets:
        if secret and len(secret) >= 4:
            out = out.replace(secret, "***")
    return out


def excerpt(content: bytes, limit: int = EXCERPT_CHARS) -> str:
    """The start of a body, decoded leniently, for an error message."""
    text = content[: limit * 4].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


class ZStackError(Exception):
    """Base class of every error this SDK raises."""


class ZStackConfigurationError(ZStackError, ValueError):
    """The client was configured with something it cannot use (no scheme in the base
    URL, an access key id without its secret, a server version that is no release)."""


class ZStackApiError(ZStackError):
    """The server refused or failed an API call.

    ``code``/``description``/``details``/``elaboration``/``opaque`` are ZStack's
    ErrorCode fields; ``cause`` is the nested error (itself a ``ZStackApiError``).
    ``status`` is the HTTP status (400 bad arguments, 401 session, 404, 503 failed)."""

    def __init__(
        self,
        status: int,
        *,
        code: str | None = None,
        description: str | None = None,
        details: str | None = None,
        elaboration: str | None = None,
        opaque: Any = None,
        cause: ZStackApiError | None = None,
        api: str | None = None,
        job_uuid: str | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.description = description
        self.details = details
        self.elaboration = elaboration
        self.opaque = opaque
        self.cause = cause
        self.api = api
        self.job_uuid = job_uuid
        where = f"{api}: " if api else ""
        head = " ".join(p for p in (code, description) if p) or f"HTTP {status}"
        super().__init__(f"{where}{head}" + (f": {details}" if details else ""))
        # Chain the nested ZStack cause so tracebacks show the whole story.
        self.__cause__ = cause

    @classmethod
    def from_error(
        cls,
        status: int,
        error: Any,
        *,
        api: str | None = None,
        job_uuid: str | None = None,
        secrets: Iterable[str] = (),
    ) -> ZStackApiError:
        """Build from ZStack's ``error`` object (a dict), or from a plain-text body.

        Iterative, and at most ``MAX_CAUSE_DEPTH`` levels: a cause chain as deep as the
        server likes must not exhaust the stack here nor when a traceback is printed."""
        secrets = tuple(secrets)
        if not isinstance(error, dict):
            text = str(error).strip() if error is not None else ""
            if len(text) > 2000:
                text = text[:1997] + "..."
            return cls(status, details=redact(text, secrets) or None, api=api, job_uuid=job_uuid)
        levels: list[dict[str, Any]] = []
        node: Any = error
        while isinstance(node, dict):
            levels.append(node)
            node = node.get("cause")
        if len(levels) > MAX_CAUSE_DEPTH:
            half = MAX_CAUSE_DEPTH // 2
            levels = levels[:half] + levels[-half:]
        built: ZStackApiError | None = None
        for level in reversed(levels):
            built = cls(
                status,
                code=_text(level.get("code")),
                description=_redacted(level.get("description"), secrets),
                details=_redacted(level.get("details"), secrets),
                elaboration=_redacted(level.get("elaboration"), secrets),
                opaque=level.get("opaque"),
                cause=built,
                api=api,
                job_uuid=job_uuid,
            )
        assert built is not None  # levels holds at least ``error`` itself
        return built

    @property
    def root_cause(self) -> ZStackApiError:
        """The innermost error of the ``cause`` chain (often the most specific one)."""
        err = self
        while err.cause is not None:
            err = err.cause
        return err


class ZStackAuthenticationError(ZStackApiError):
    """Wrong credentials (``ID.1000`` and the other identity failures), or an access
    key whose signature the server refused."""


class ZStackSessionExpiredError(ZStackAuthenticationError):
    """The session expired, was logged out or never existed (``ID.1001``, HTTP 401).
    A client that logged in with credentials renews it once and retries the call."""


class ZStackPermissionDeniedError(ZStackApiError):
    """The session is valid but may not call this API (``ID.1002``)."""


class ZStackJobExpiredError(ZStackApiError):
    """404 while polling: the server no longer knows the job (expired or unknown)."""


class ZStackPollTimeoutError(ZStackError, TimeoutError):
    """An asynchronous job did not finish within ``poll_timeout`` seconds (a total
    deadline: slow polls count)."""

    def __init__(self, api: str, job_uuid: str, location: str, waited: float) -> None:
        self.api = api
        self.job_uuid = job_uuid
        self.location = location
        self.waited = waited
        super().__init__(
            f"{api}: job {job_uuid} still running after {waited:.1f}s (poll {location})"
        )


class ZStackVersionError(ZStackError):
    """The API or a parameter is newer than the server version the client targets."""


# Parameter names whose values are secrets: never echoed in an error or a log line.
SECRET_NAME = re.compile(r"(?i)(password|passwd|secret|token|credential|private_?key)")


class ZStackValidationError(ZStackError, ValueError):
    """An argument breaks a constraint of the API's spec (the server's own check, e.g.
    ``maxLength``); raised before anything is sent.

    ``api``: the API name; ``parameter``: the argument (its Python name);
    ``constraint``: the JSON Schema keyword (``maxLength``, ``minLength``, ``pattern``,
    ``minimum``, ``maximum``, ``enum``, ``minItems``; ``items.enum`` for a list's
    elements); ``limit``: the constraint's value; ``value``: what was given (``None``
    for a password-like parameter, whose value is never kept or shown)."""

    def __init__(
        self, api: str, parameter: str, constraint: str, limit: Any, value: Any, reason: str
    ) -> None:
        secret = SECRET_NAME.search(parameter) is not None
        self.api = api
        self.parameter = parameter
        self.constraint = constraint
        self.limit = limit
        self.value = None if secret else value
        if secret:
            shown, reason = "<redacted>", "breaks the constraint"
        else:
            shown = repr(value)
            if len(shown) > 80:
                shown = shown[:77] + "..."
        super().__init__(f"{api}: {parameter}={shown} {reason} ({constraint} {limit!r})")


class ZStackConnectionError(ZStackError):
    """The server could not be reached (after the retries that were safe to make)."""


class ZStackProtocolError(ZStackError):
    """The server answered something the protocol does not allow: a body that is not
    JSON (an HTML error page on a 200), a result that does not fit its model, a 202
    without a location. ``status`` is the HTTP status, ``excerpt`` the body's start."""

    def __init__(self, message: str, *, status: int | None = None, excerpt: str = "") -> None:
        self.status = status
        self.excerpt = excerpt
        super().__init__(message)


class ZStackResponseTooLargeError(ZStackProtocolError):
    """The answer was larger than ``max_response_bytes``; it was not read whole."""


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _redacted(value: Any, secrets: tuple[str, ...]) -> str | None:
    return None if value is None else redact(str(value), secrets)
