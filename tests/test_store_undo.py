"""Undo offers in SQLite: kept across a restart, claimed by exactly one press, expired."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.accounts import link_identity, same_account
from bot.crypto import TokenCipher, generate_key
from bot.store import NotFound, Store
from bot.store.models import Account
from tests.helpers import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock(1_000_000.0)


@pytest.fixture
def cipher() -> TokenCipher:
    return TokenCipher((generate_key(),))


def _store(tmp_path: Path, cipher: TokenCipher, clock: Clock) -> Store:
    return Store(tmp_path / "bot.sqlite3", cipher, clock=clock)


def test_an_offer_survives_a_restart(tmp_path: Path, cipher: TokenCipher, clock: Clock) -> None:
    with _store(tmp_path, cipher, clock) as store:
        made = store.offer_undo(7, "seen", "movie:1", {"ids": [11, 12]}, ttl=300)
    with _store(tmp_path, cipher, clock) as store:
        offer = store.get_undo(made)
    assert (offer.user_id, offer.verb, offer.ref) == (7, "seen", "movie:1")
    assert offer.payload == {"ids": [11, 12]} and not offer.done
    assert offer.expires_at == int(clock()) + 300


def test_exactly_one_claim_wins(tmp_path: Path, cipher: TokenCipher, clock: Clock) -> None:
    with _store(tmp_path, cipher, clock) as store:
        made = store.offer_undo(7, "wl", "show:2", {}, ttl=300)

        async def race() -> list[bool]:
            return await asyncio.gather(
                *(asyncio.to_thread(store.claim_undo, made) for _ in range(8))
            )

        assert sorted(asyncio.run(race())) == [False] * 7 + [True]
        assert store.get_undo(made).done
        store.release_undo(made)  # the undo failed at Trakt: it may be tried again
        assert store.claim_undo(made)


def test_an_expired_offer_cannot_be_claimed_and_is_purged(
    tmp_path: Path, cipher: TokenCipher, clock: Clock
) -> None:
    with _store(tmp_path, cipher, clock) as store:
        made = store.offer_undo(7, "wl", "show:2", {}, ttl=300)
        clock.now += 301
        assert not store.claim_undo(made)
        assert store.purge_undo(clock()) == 0  # kept a day for the "too late" answer
        clock.now += 86400
        assert store.purge_undo(clock()) == 1
        with pytest.raises(NotFound):
            store.get_undo(made)


def test_an_undo_cut_off_is_given_back_in_doubt(
    tmp_path: Path, cipher: TokenCipher, clock: Clock
) -> None:
    """Cut off mid-request, an undo may have reached Trakt: the offer can be claimed
    again, and says so; a claim sees it through."""
    with _store(tmp_path, cipher, clock) as store:
        made = store.offer_undo(7, "replay", "movie:1", {"at": "x"}, ttl=300)
        assert store.claim_undo(made)
        store.doubt_undo(made)
        offer = store.get_undo(made)
        assert offer.in_doubt and not offer.done
        assert store.claim_undo(made) and not store.claim_undo(made)
        offer = store.get_undo(made)
        assert offer.done and not offer.in_doubt


def test_a_queued_undo_counts_from_when_it_was_pressed(
    tmp_path: Path, cipher: TokenCipher, clock: Clock
) -> None:
    with _store(tmp_path, cipher, clock) as store:
        made = store.offer_undo(7, "wl", "show:2", {}, ttl=300)
        pressed = clock()
        clock.now += 3600  # Trakt made the press wait an hour
        assert not store.claim_undo(made)
        assert not store.claim_undo(made, at=pressed + 300)
        assert store.claim_undo(made, at=pressed + 299)


def _account(slug: str, linked_at: int) -> Account:
    return Account(1, slug, slug, None, False, "a", "r", 0, linked_at)


@pytest.mark.parametrize(
    ("kept", "now", "same"),
    [
        (_account("demo", 100), _account("demo", 100), True),
        (_account("demo", 100), _account("demo", 200), True),  # relinked, same account
        (_account("demo", 100), _account("alice", 100), False),  # another, same second
        (_account("", 100), _account("demo", 100), True),  # Trakt said who it is since
        (_account("", 100), _account("demo", 200), False),  # unknown then, another link
        (_account("demo", 100), None, False),  # unlinked
    ],
)
def test_the_same_trakt_account(kept: Account, now: Account | None, same: bool) -> None:
    assert same_account(now, link_identity(kept)) is same


def test_identities_kept_before_both_were_kept() -> None:
    demo = _account("demo", 100)
    assert same_account(demo, "demo") and same_account(demo, "link:100")
    assert not same_account(demo, "alice") and not same_account(demo, {"slug": "demo"})
