"""A wheel carries what `python -m bot console --demo` reads: the locales and the demo's data."""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib import resources
from pathlib import Path

from bot.demo import catalogue_data
from bot.i18n import LOCALES_DIR, RESOURCE, shared_i18n

REPO = Path(__file__).resolve().parent.parent
LOCALE_FILES = sorted((REPO / "locales").glob("*/*.ftl"))
DEMO_FILES = sorted((REPO / "bot" / "demo" / "data").glob("*.json"))
# What a wheel is built from (the sdist would hold the same).
SOURCES = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "bot", "locales")


def _packaged_as(path: Path) -> str:
    """Where a repository file lands in a wheel: locales/ is the package `bot.locales`."""
    relative = path.relative_to(REPO).as_posix()
    return f"bot/{relative}" if relative.startswith("locales/") else relative


def _package_and_name(path: Path) -> tuple[str, str]:
    """The package a data file belongs to, and its name relative to that package."""
    if path.is_relative_to(REPO / "locales"):
        return "bot.locales", path.relative_to(REPO / "locales").as_posix()
    return "bot.demo", path.relative_to(REPO / "bot" / "demo").as_posix()


def test_every_locale_and_demo_data_file_is_package_data() -> None:
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert len(LOCALE_FILES) >= 10 and len(DEMO_FILES) >= 6
    for path in [*LOCALE_FILES, *DEMO_FILES]:
        package, name = _package_and_name(path)
        patterns = setuptools["package-data"].get(package, [])
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), path


def test_locales_and_demo_data_are_found_through_importlib_resources() -> None:
    locales = resources.files("bot.locales")
    languages = {p.name for p in locales.iterdir() if (p / RESOURCE).is_file()}
    assert languages == set(shared_i18n().languages) and len(languages) >= 10
    assert LOCALES_DIR == Path(str(locales)) == REPO / "locales"
    data = resources.files("bot.demo") / "data"
    assert {p.name for p in data.iterdir() if p.name.endswith(".json")} == {
        p.name for p in DEMO_FILES
    }
    assert catalogue_data.movies() and catalogue_data.shows() and catalogue_data.users()


def test_a_built_wheel_carries_the_locales_and_the_demo_data(tmp_path: Path) -> None:
    source, out = tmp_path / "source", tmp_path / "dist"
    source.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__")
            shutil.copytree(REPO / name, source / name, ignore=ignore)
        else:
            shutil.copy(REPO / name, source / name)
    build = "import sys; from setuptools import build_meta; build_meta.build_wheel(sys.argv[1])"
    subprocess.run(
        [sys.executable, "-c", build, str(out)], cwd=source, check=True, capture_output=True
    )
    (wheel,) = out.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {_packaged_as(p) for p in [*LOCALE_FILES, *DEMO_FILES]} <= names
    assert {"bot/__main__.py", "bot/locales/__init__.py", "bot/demo/catalogue.py"} <= names
    assert not [n for n in names if "__pycache__" in n or n.startswith(("locales/", "tests/"))]
