"""Profiles of the `zstack` command: which server, which session, which release.

One JSON file per profile, ``$ZSTACK_CONFIG_DIR/<name>.json`` (default directory
``~/.config/zstack``): the directory is created 0700 and every file 0600 from its
first byte (a temporary file, then a rename). A profile holds the URL, the session
id, who logged in and the server's release; never a password or a key secret."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

DEFAULT = "default"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
# What a profile may hold: anything else in the file is dropped on the next write.
FIELDS = ("url", "session_uuid", "login_api", "user", "server_version")


class ProfileError(Exception):
    """A profile name or file that cannot be used (exit status 2)."""


def config_dir() -> Path:
    configured = os.environ.get("ZSTACK_CONFIG_DIR")
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".config" / "zstack"


def profile_path(name: str) -> Path:
    if not _NAME.match(name):
        raise ProfileError(
            f"profile {name!r}: use letters, digits, '.', '_' and '-' (up to 64 characters)"
        )
    return config_dir() / f"{name}.json"


def load(name: str) -> dict[str, Any]:
    """The profile's fields; empty when it does not exist yet."""
    path = profile_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read the profile ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ProfileError(f"{path}: not a valid profile (JSON: {exc})") from None
    if not isinstance(data, dict):
        raise ProfileError(f"{path}: not a valid profile (expected a JSON object)")
    return {k: v for k, v in data.items() if k in FIELDS and isinstance(v, str)}


def save(name: str, data: dict[str, Any]) -> Path:
    """Write the profile atomically, readable by its owner only."""
    path = profile_path(name)
    directory = path.parent
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise ProfileError(f"{directory}: cannot write the profile ({exc.strerror})") from None
    # mkstemp creates the file 0600, so the session id is never readable by others.
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            kept = {k: data[k] for k in FIELDS if data.get(k) is not None}
            json.dump(kept, out, indent=2, sort_keys=True)
            out.write("\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ProfileError(f"{path}: cannot write the profile ({exc.strerror})") from None
    return path


def names() -> list[str]:
    directory = config_dir()
    if not directory.is_dir():
        return []
    return sorted(p.stem for p in directory.glob("*.json") if _NAME.match(p.stem))
