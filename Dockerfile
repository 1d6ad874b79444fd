# syntax=docker/dockerfile:1
# The bot in a slim image, run as an unprivileged user, its SQLite database on the /data
# volume. Build: `docker build -t trakt-telegram-bot .`; run and compose: README, "Docker".
ARG PYTHON_VERSION=3.11

# Build: the package and its dependencies in a virtualenv. The wheel carries the locales and
# the demo's data (pyproject.toml's package data), so nothing else is copied later.
FROM python:${PYTHON_VERSION}-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore
WORKDIR /src
# What the package is built from, and nothing else (.dockerignore keeps the rest out).
COPY pyproject.toml setup.py README.md LICENSE ./
COPY bot/ bot/
COPY locales/ locales/
# The image's own pip installs into the virtualenv (`--python`), then takes out the pip that
# sqlite-utils pulls in (14 MB the bot never runs). The last command fails the build when the
# locales or the demo's data did not ship (-I: the installed package, not /src/bot).
RUN python -m venv --without-pip /opt/venv \
    && pip --python /opt/venv/bin/python install --no-cache-dir . \
    && pip --python /opt/venv/bin/python uninstall --yes pip \
    && /opt/venv/bin/python -I -c \
        "from bot.i18n import shared_i18n; from bot.demo import DemoTrakt; \
        assert len(shared_i18n().languages) > 1; DemoTrakt()"

# Run: the slim base, the virtualenv, an unprivileged user.
FROM python:${PYTHON_VERSION}-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    BOT_DATABASE=/data/bot.sqlite3 \
    PORT=8080
# libfribidi0: Pillow's raqm layout shapes Persian on the /stats picture with it (without
# it the bot falls back to pure-Python shaping, which looks the same).
RUN apt-get update \
    && apt-get install --yes --no-install-recommends libfribidi0 \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 bot \
    && useradd --system --uid 10001 --gid bot --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin bot \
    && install -d -o bot -g bot -m 0700 /data
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
USER bot
# The database, its -wal/-shm files and the one-bot lock live here.
VOLUME ["/data"]
# Webhook mode only (WEBHOOK_URL set): updates and GET /healthz on PORT.
EXPOSE 8080
CMD ["python", "-m", "bot"]
