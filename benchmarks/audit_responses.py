"""Responses against ZStack's own classes: how many SDK classes the committed spec
models with their exact fields, Java enums modelled as objects, property names that
are not identifiers, documented examples that fail their API's result schema, and
results typed as another API's result.

    python benchmarks/audit_responses.py [--spec spec/zstack.openapi.json]
        [--sdk ../shared/oracles/zstack-java-sdk-truth.json] [--details]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from zstack_openapi.openapi.response_audit import audit
from zstack_openapi.pipeline import RECONCILED_FILE, SPEC_31_FILE

# The checkout's committed outputs (the tool itself writes under the working directory).
COMMITTED_DIR = Path(__file__).resolve().parents[1] / "spec"

ROOT = Path(__file__).resolve().parents[1]
SDK = ROOT.parent / "shared" / "oracles" / "zstack-java-sdk-truth.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spec", type=Path, default=COMMITTED_DIR / SPEC_31_FILE)
    parser.add_argument("--catalog", type=Path, default=COMMITTED_DIR / RECONCILED_FILE)
    parser.add_argument("--sdk", type=Path, default=SDK)
    parser.add_argument("--details", action="store_true", help="list the faults too")
    args = parser.parse_args()
    doc = json.loads(args.spec.read_text(encoding="utf-8"))
    sdk = json.loads(args.sdk.read_text(encoding="utf-8"))
    catalog = json.loads(args.catalog.read_text(encoding="utf-8"))
    figures = audit(doc, sdk, catalog)
    print(json.dumps(figures.summary(), indent=2))
    if args.details:
        details = {
            "class_examples": figures.classes.examples,
            "bad_property_names": figures.bad_property_names[:40],
            "invalid_examples": dict(list(figures.invalid_examples.items())[:40]),
            "foreign_results": dict(list(figures.foreign_results.items())[:20]),
            "results_unlike_sdk_class": dict(list(figures.results_unlike_class.items())[:20]),
            "enum_fields_not_string": figures.enum_fields_not_string[:20],
        }
        print(json.dumps(details, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
