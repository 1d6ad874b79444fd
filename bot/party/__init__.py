"""Group watch parties without Telegram: gathering members' Trakt data and ranking picks."""

from __future__ import annotations

from bot.party.gather import KINDS, Gathered, Member, gather, requests_per_member, trending
from bot.party.ranking import (
    POLL_MAX,
    POLL_MIN,
    Candidate,
    MediaKey,
    Wishes,
    rank,
    tally,
    watched_by_anyone,
    widen,
    winner,
)

__all__ = [
    "KINDS",
    "POLL_MAX",
    "POLL_MIN",
    "Candidate",
    "Gathered",
    "MediaKey",
    "Member",
    "Wishes",
    "gather",
    "rank",
    "requests_per_member",
    "tally",
    "trending",
    "watched_by_anyone",
    "widen",
    "winner",
]
