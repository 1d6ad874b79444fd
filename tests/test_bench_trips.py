"""The realistic-Trakt phase's arithmetic: chains of requests, rounds, goals, the report."""

from __future__ import annotations

import pytest

from benchmarks.report import Report, goals
from benchmarks.trips import ALLOWANCE, LATENCY, Trip, label, longest_chain, median, rounds
from bot.demo import RecordedRequest


def req(path: str, started: float, ended: float) -> RecordedRequest:
    return RecordedRequest("GET", path, {}, "demo", 200, started, ended)


SUMMARY = req("/shows/1388", 0.0, 0.2)
WATCHLIST = req("/sync/watchlist", 0.01, 0.21)  # in flight with the summary
RELATED = req("/shows/1388/related", 0.2, 0.4)  # sent once the summary was answered
NEXT = req("/shows/1388/next_episode", 0.205, 0.405)  # after the summary only
TRANSLATION = req("/shows/1388/translations/ru", 0.42, 0.62)


def test_the_longest_chain_follows_requests_sent_after_an_answer() -> None:
    made = [TRANSLATION, WATCHLIST, NEXT, SUMMARY, RELATED]
    assert longest_chain(made) == [SUMMARY, NEXT, TRANSLATION]  # of equal ones, answered last
    assert rounds(made) == [[SUMMARY, WATCHLIST], [RELATED, NEXT], [TRANSLATION]]


@pytest.mark.parametrize(
    ("made", "trips"),
    [
        ([], 0),
        ([SUMMARY], 1),
        ([SUMMARY, WATCHLIST], 1),  # together: one round trip
        ([SUMMARY, req("/a", 0.2, 0.4), req("/b", 0.4, 0.6)], 3),  # sent at the answer: after
        ([req("/a", 0.0, 0.3), req("/b", 0.29, 0.5)], 1),  # sent before the answer: not after
    ],
)
def test_round_trips(made: list[RecordedRequest], trips: int) -> None:
    assert len(longest_chain(made)) == len(rounds(made)) == trips


def test_labels_leave_ids_out() -> None:
    assert label(req("/shows/1388/progress/watched", 0, 0)) == "GET /shows/{id}/progress/watched"
    assert label(req("/search/show,movie", 0, 0)) == "GET /search/show,movie"


def test_a_trip_within_its_round_trips_passes() -> None:
    made = (SUMMARY, WATCHLIST, NEXT)
    budget = 3 * LATENCY + ALLOWANCE
    assert Trip("card", budget, made).passed and Trip("card", budget, made).budget == budget
    assert not Trip("card", budget + 0.01, made).passed
    assert not Trip("card", None, made).passed
    line = Trip("card", 0.43, made).line()
    assert line == (
        "card: 2 together → GET /shows/{id}/next_episode  (2 round trips, 3 requests), reply 0.43 s"
    )
    assert Trip("/help", 0.01, ()).line() == (
        "/help: no Trakt request  (0 round trips, 0 requests), reply 0.01 s"
    )


def test_rounds_name_a_path_made_twice_once() -> None:
    twice = (req("/sync/watchlist", 0, 0.2), req("/sync/watchlist", 0, 0.2), RELATED)
    assert Trip("/party", 0.5, twice).round_lines() == [
        "round 1: GET /sync/watchlist ×2",
        "round 2: GET /shows/{id}/related",
    ]


def test_the_median_run_counts_and_every_run_shows() -> None:
    runs = [Trip("/next", reply, (SUMMARY,)) for reply in (0.63, None, 0.22)]
    middle = median(runs)
    assert middle.reply == 0.63 and middle.runs == (0.63, None, 0.22)  # no reply: slowest
    assert middle.line().endswith("reply 0.63 s (median of 0.63, -, 0.22)")
    assert median(runs[::2]).reply == 0.22  # of two, the faster
    assert median(runs[1:2]).line().endswith("no reply")


def test_a_report_of_the_realistic_phase_alone() -> None:
    report = Report(1, 1, 1.0, realistic=[Trip("/next", 0.21, (SUMMARY,), "typed")])
    report.realistic.append(Trip("/history", 2.0, (SUMMARY,)))
    verdicts = [(goal.passed, goal.measured) for goal in goals(report)]
    assert verdicts == [
        (True, "0.21 s ≤ 0.50 s (1 round trip)"),
        (False, "2.00 s ≤ 0.50 s (1 round trip)"),
    ]
    text = report.render(goals(report))
    assert "phase" not in text and "mix:" not in text  # no load phase ran
    assert "  /next: GET /shows/{id}  (1 round trip, 1 request), reply 0.21 s" in text
    assert "      how: typed" in text and "      round 1: GET /shows/{id}" in text
    assert "FAIL  /history ≤ (round trips + 1) × 200 ms + 100 ms (realistic Trakt)" in text
