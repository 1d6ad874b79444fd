"""Callback data: one codec, 64 bytes at most, owner checks, forged data refused."""

from __future__ import annotations

import pytest

from bot.kit.callback import MAX_BYTES, InvalidCallback, decode, encode


def test_round_trip_with_owner() -> None:
    data = encode("disc", "tr", "s", 3, owner=123456789)
    cb = decode(data)
    assert cb.action == "disc" and cb.args == ("tr", "s", "3") and cb.owner == 123456789
    assert cb.allows(123456789) and not cb.allows(1)


def test_anyone_may_press() -> None:
    cb = decode(encode("noop", owner=None))
    assert cb.owner is None and cb.allows(42)


def test_largest_realistic_payload_fits() -> None:
    data = encode("wl", "movie", 10**9, "rank", 999, owner=2**52)
    assert len(data.encode()) <= MAX_BYTES


def test_over_64_bytes_is_refused_at_encode_time() -> None:
    with pytest.raises(ValueError):
        encode("disc", "x" * 70, owner=1)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "garbage",
        "2|disc|1|tr",
        "1|DISC|1",
        "1|disc",
        "1|disc|-5|tr",
        "1|disc|zz!|tr",
        "1|disc|1|<script>",
        "1|disc|1|" + "a" * 80,
        "1|disc|0|tr",
    ],
)
def test_forged_data_is_invalid(data: str | None) -> None:
    with pytest.raises(InvalidCallback):
        decode(data)


def test_argument_validators() -> None:
    cb = decode(encode("disc", "tr", "s", "7", owner=5))
    assert cb.choice(0, ("tr", "pop")) == "tr"
    assert cb.int_arg(2, low=1, high=10) == 7
    with pytest.raises(InvalidCallback):
        cb.int_arg(2, low=8, high=10)
    with pytest.raises(InvalidCallback):
        cb.choice(1, ("m",))
    with pytest.raises(InvalidCallback):
        cb.int_arg(5)


def test_separator_in_argument_is_refused() -> None:
    with pytest.raises(ValueError):
        encode("disc", "a|b", owner=1)
