"""Shared fixtures: every test gets a fresh data folder, store and settings in ``tmp_path``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Offscreen by default, also when a test file is run on its own (Dangerzone's habit).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.paths import DataDir
from app.store import Store
from app.template_model import WorkshopTemplate
from app.templates import load_templates


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's real data folder or settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("IPPO_DATA_DIR", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data")


@pytest.fixture
def store(data_dir: DataDir) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        yield opened


@pytest.fixture(scope="session")
def templates() -> dict[str, WorkshopTemplate]:
    found, problems = load_templates(None)
    assert not problems, problems
    return {t.id: t for t in found}


@pytest.fixture
def template_90(templates: dict[str, WorkshopTemplate]) -> WorkshopTemplate:
    return templates["workshop-90"]
