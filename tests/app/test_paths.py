"""Where the data lives: --data-dir, IPPO_DATA_DIR, portable mode (also portable.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths


@pytest.mark.parametrize("marker", ["portable", "portable.txt"])
def test_a_portable_file_keeps_the_data_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, marker: str
) -> None:
    monkeypatch.setattr(paths, "launcher_dir", lambda: tmp_path)
    (tmp_path / marker).write_text("")
    found = paths.resolve_data_dir()
    assert found.root == tmp_path / "IppoData" and found.portable


def test_explicit_and_environment_come_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "launcher_dir", lambda: tmp_path)
    (tmp_path / "portable").write_text("")
    monkeypatch.setenv("IPPO_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve_data_dir().root == tmp_path / "env"
    assert paths.resolve_data_dir(tmp_path / "cli").root == tmp_path / "cli"


def test_without_a_marker_the_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "launcher_dir", lambda: tmp_path)
    found = paths.resolve_data_dir()
    assert not found.portable and "Ippo" in found.root.parts
