"""Offline demo Trakt: a hand-written catalogue and a server speaking the real API v2.

Use `DemoTrakt` for pure state and request handling, `DemoTraktServer` to serve it on
127.0.0.1, and `mock_transport` to plug it into an httpx client in-process.
"""

from __future__ import annotations

from bot.demo.server import DemoTraktServer, mock_transport
from bot.demo.trakt import DemoResponse, DemoTrakt, RecordedRequest

__all__ = ["DemoResponse", "DemoTrakt", "DemoTraktServer", "RecordedRequest", "mock_transport"]
