from __future__ import annotations

import pytest

from zstack_openapi.releases import (
    check_target,
    earliest,
    is_at_most,
    is_between,
    parse_version,
    product,
)


def test_releases_compare_numerically_not_as_strings() -> None:
    assert parse_version("0.6") < parse_version("3.7") < parse_version("3.10.0")
    assert parse_version("3.9") < parse_version("3.10")
    assert parse_version("4.7.21") > parse_version("4.7.3")


def test_trailing_zeros_and_typos() -> None:
    assert parse_version("3.7") == parse_version("3.7.0") == (3, 7)
    assert parse_version("4.8..0") == (4, 8)
    assert parse_version("0.6s") == (0, 6)
    assert parse_version("") == ()
    assert parse_version(None) == ()


def test_product_prefix_is_kept_apart_and_compared_by_number() -> None:
    assert product("zsv 4.3.0") == "zsv"
    assert product("4.3.0") is None
    assert parse_version("zsv 4.3.0") == (4, 3)
    assert is_at_most("zsv 4.3.0", "4.3.0")
    assert not is_at_most("zsv 4.3.1", "4.3.0")


def test_is_at_most_and_between() -> None:
    assert is_at_most("3.10.0", "4.0.0")
    assert not is_at_most("5.0.1", "5.0.0")
    assert is_at_most("5.0.0", "5.0")
    assert is_at_most("", "0.6")  # undated: nothing says it is newer
    assert is_at_most("9.9", None)
    assert is_between("4.0.1", "4.0.0", "5.0.0")
    assert is_between("5.0.0", "4.0.0", "5.0.0")
    assert not is_between("4.0.0", "4.0.0", "5.0.0")
    assert not is_between("", "4.0.0", "5.0.0")


def test_earliest_keeps_the_spelling() -> None:
    assert earliest(["3.10.0", "", "3.9", None, "4.0"]) == "3.9"
    assert earliest([None, ""]) is None


def test_bad_target_is_rejected() -> None:
    with pytest.raises(ValueError, match="release number"):
        check_target("latest")
    assert check_target("4.0.0") == "4.0.0"
