"""The benchmark's parts, small and fast: the load driver over long polling, the report."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from benchmarks.echo import running_echo
from benchmarks.load import Load, Phase, Sample, make_chats
from benchmarks.report import Report, goals, trakt_requests_by_command
from benchmarks.world import script
from bot.config import Mode, load_settings
from bot.demo import DemoTrakt, DemoTraktServer, RecordedRequest
from bot.testkit.fakebot import FakeBotAPIServer, FakeTelegram
from bot.testkit.harness import build_bot, demo_settings, start_bot, stop_bot


async def test_polling_bot_answers_a_burst_with_one_trakt_request(tmp_path: Path) -> None:
    telegram, demo = FakeTelegram(), DemoTrakt(approve_after=None)
    trakt = DemoTraktServer(demo)
    async with FakeBotAPIServer(telegram) as botapi:
        await trakt.start()
        settings = demo_settings(
            load_settings(Mode.DEMO, {}, env_file=None),
            trakt_url=trakt.url,
            telegram_url=botapi.url,
            data_dir=tmp_path,
        )
        _, app = build_bot(settings, polling=True)
        await start_bot(app)
        try:
            load = Load(telegram, make_chats(telegram, 20, 70_000, ("en", "ru")))
            phase = await load.closed_loop("burst", lambda i, r: "/trending", 1)
        finally:
            await stop_bot(app)
            await trakt.stop()
    assert phase.answered == phase.sent == 20 and phase.unanswered == 0
    assert all(s.latency is not None for s in phase.samples)
    assert trakt_requests_by_command(demo.requests)["trending"] == 1
    assert not app.running


async def test_echo_floor_answers_every_chat() -> None:
    telegram = FakeTelegram()
    async with FakeBotAPIServer(telegram) as botapi, running_echo(botapi.url):
        load = Load(telegram, make_chats(telegram, 10, 80_000))
        phase = await load.closed_loop("mix", script(("trending", "search")), 2)
    assert phase.answered == 20 and phase.rate > 0
    assert [m.text for m in telegram.bot_messages(80_000)] == ["/trending movies", "/search dark"]


def test_script_takes_the_commands_in_turn() -> None:
    text = script(("trending", "search", "history"))
    assert [text(0, r) for r in range(4)] == [
        "/trending movies",
        "/search dark",
        "/history",
        "/trending",
    ]


def test_requests_are_counted_by_command() -> None:
    requests = [
        RecordedRequest("GET", "/shows/trending", {}, None),
        RecordedRequest("GET", "/movies/trending", {}, None),
        RecordedRequest("GET", "/search/show,movie", {}, None),
        RecordedRequest("GET", "/sync/history", {}, "demo"),
        RecordedRequest("GET", "/sync/progress/up_next", {}, "demo"),
        RecordedRequest("GET", "/users/settings", {}, "demo"),
    ]
    assert trakt_requests_by_command(requests) == Counter(
        {"trending": 2, "search": 1, "history": 1, "next": 1, "other GET /users/settings": 1}
    )


def test_percentiles_count_late_replies_as_infinite() -> None:
    phase = Phase("x", [Sample("/a", 0.01 * n) for n in range(1, 20)] + [Sample("/a", None)])
    assert phase.percentile(0.5) == 0.1
    assert phase.percentile(0.95) == 0.19
    assert phase.percentile(1.0) == float("inf")


def test_goals_and_report() -> None:
    fast = Phase("burst", [Sample("/trending", 0.05)] * 200, seconds=0.5)
    report = Report(200, 1, 300.0, burst=fast, mix=fast, paced=fast, floor_mix=fast)
    report.burst_requests = Counter({"trending": 2})
    verdicts = {goal.name.split(" (")[0]: goal.passed for goal in goals(report)}
    assert all(verdicts.values()), verdicts
    report.burst_requests = Counter({"trending": 11})
    failed = [goal.name for goal in goals(report) if not goal.passed]
    assert failed == ["/trending ≤ 0.05 Trakt requests per command (burst)"]
    text = report.render(goals(report))
    assert "FAIL  /trending" in text and "PASS  every chat answered" in text
