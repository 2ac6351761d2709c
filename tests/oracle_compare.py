"""Agreement of a catalog with the oracle extracted from ZStack's doc sources.

A test tool only: the oracle is never an input of the scraper. Run as a
script to print the per-field report:
    python -m tests.oracle_compare spec/zstack.catalog.json
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("in", "required", "since", "values", "type")


@dataclass
class Agreement:
    apis_both: int = 0
    params_both: int = 0
    params_only_docs: int = 0
    params_only_oracle: int = 0
    same: Counter[str] = field(default_factory=Counter)
    compared: Counter[str] = field(default_factory=Counter)
    differences: dict[str, list[tuple[str, str, Any, Any]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    method_path_same: int = 0

    def rate(self, key: str) -> float:
        return self.same[key] / self.compared[key] if self.compared[key] else 1.0


def _oracle_in(param: dict[str, Any], method: str, path: str) -> str:
    if "{" + param["name"] + "}" in path:
        return "path"
    if method in ("GET", "DELETE"):
        return "query"
    if param["location"] in ("url", "query"):
        return "query"
    return "body" if param.get("enclosedIn") else "body-root"


def _norm_values(values: Any) -> list[str]:
    if not values:
        return []
    return sorted({str(v).strip() for v in values})


def _norm_version(text: str | None) -> str:
    """`3.9` and `3.9.0` name one release."""
    parts = re.sub(r"\s+", " ", (text or "").strip()).split(".")
    while len(parts) > 2 and parts[-1] == "0":
        parts.pop()
    if len(parts) == 2 and parts[1] == "0" and parts[0].isdigit():
        pass
    return ".".join(parts)


def compare(catalog: dict[str, Any], oracle: dict[str, Any]) -> Agreement:
    result = Agreement()
    apis = {a["name"]: a for a in catalog["apis"]}
    for truth in oracle["apis"]:
        mine = apis.get(truth["api"])
        if mine is None or not truth.get("urls"):
            continue
        result.apis_both += 1
        url = truth["urls"][0]
        method = url["method"]
        path = "/zstack" + url["path"] if url["path"].startswith("/v1/") else url["path"]
        if (method, path) == (mine["method"], mine["path"]):
            result.method_path_same += 1
        by_name = {p["name"]: p for p in mine["params"]}
        names = {p["name"] for p in truth["params"]}
        result.params_only_docs += len(set(by_name) - names)
        for tp in truth["params"]:
            mp = by_name.get(tp["name"])
            if mp is None:
                result.params_only_oracle += 1
                continue
            result.params_both += 1
            pairs = {
                "in": (mp["in"], _oracle_in(tp, mine["method"], mine["path"])),
                "required": (mp["required"], not tp["optional"]),
                "since": (_norm_version(mp["since"]), _norm_version(tp.get("since"))),
                "values": (_norm_values(mp["values"]), _norm_values(tp.get("values"))),
                "type": (mp["type"], tp.get("type") or ""),
            }
            for key, (ours, theirs) in pairs.items():
                result.compared[key] += 1
                if ours == theirs:
                    result.same[key] += 1
                else:
                    result.differences[key].append((mine["name"], tp["name"], ours, theirs))
    return result


def report(result: Agreement) -> str:
    lines = [
        f"APIs in both: {result.apis_both}; same method and path: {result.method_path_same}",
        f"parameters in both: {result.params_both}; only in docs: {result.params_only_docs}; only in oracle: {result.params_only_oracle}",
    ]
    for key in FIELDS:
        lines.append(f"{key:9s} {result.same[key]}/{result.compared[key]} = {result.rate(key):.1%}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    catalog = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    oracle_path = (
        Path(argv[1])
        if len(argv) > 1
        else Path(__file__).resolve().parents[1].parent
        / "shared/oracles/zstack-source-api-truth.json"
    )
    oracle = json.loads(oracle_path.read_text(encoding="utf-8"))
    result = compare(catalog, oracle)
    print(report(result))
    for key in FIELDS:
        for api, name, ours, theirs in result.differences[key][
            : int(argv[2]) if len(argv) > 2 else 0
        ]:
            print(f"  {key}: {api}.{name}: docs={ours!r} oracle={theirs!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
