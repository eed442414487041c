"""The run kept in the store: every action persisted, status read back, a killed app resumed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.errors import StoreError
from app.paths import DataDir
from app.run_state import Phase
from app.runs import RunSession, clear_run, load_events, run_status
from app.store import Store
from app.template_model import WorkshopTemplate
from app.workshops import create_workshop, get_workshop
from tests.helpers.clock import T0, FakeClock

ROOT = Path(__file__).resolve().parents[2]


def test_every_action_is_stored_and_replayed(store: Store, template_90: WorkshopTemplate) -> None:
    workshop = create_workshop(store, template_90, "本番")
    clock = FakeClock()
    run = RunSession(store, workshop.id, clock)
    assert not run.resumed
    run.act("start")
    clock.advance(200)
    run.act("adjust", 60)
    run.act("show_message", "ペアを作ってください")
    clock.advance(30)
    run.act("next")
    assert get_workshop(store, workshop.id).workshop.status == "running"
    again = RunSession(store, workshop.id, clock)
    assert again.resumed
    assert again.state() == run.state()
    assert again.state().current == 1
    assert again.state().message == "ペアを作ってください"
    assert [e.kind for e in load_events(store, workshop.id)] == [
        "start", "adjust", "message_show", "next",
    ]  # fmt: skip
    again.act("finish")
    assert get_workshop(store, workshop.id).workshop.status == "finished"
    clear_run(store, workshop.id)
    assert load_events(store, workshop.id) == []
    assert get_workshop(store, workshop.id).workshop.status == "planned"


def test_a_refused_write_leaves_the_clock_as_stored(
    store: Store, template_90: WorkshopTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop = create_workshop(store, template_90, "ディスク満杯")
    clock = FakeClock()
    run = RunSession(store, workshop.id, clock)
    run.act("start")

    def full_disk(*_args: object) -> None:
        raise StoreError("The disk is full: the last change was not saved.")

    monkeypatch.setattr("app.runs.save_event", full_disk)
    clock.advance(10)
    with pytest.raises(StoreError):
        run.act("next")
    assert run.state().current == 0
    assert len(run.clock.events) == 1


def test_status_reads_the_store(
    data_dir: DataDir, store: Store, template_90: WorkshopTemplate
) -> None:
    workshop = create_workshop(store, template_90, "状況確認")
    clock = FakeClock()
    run = RunSession(store, workshop.id, clock)
    run.act("start")
    first = get_workshop(store, workshop.id).stages[0]
    status = run_status(store, workshop.id, now=T0 + timedelta(seconds=first.planned_seconds + 5))
    data = status.as_json()
    assert data["phase"] == str(Phase.OVERTIME)
    assert data["overtime_seconds"] == 5.0
    assert data["display"] == "+00:05"
    assert data["stage"] == first.title
    # and on the CLI, while this process holds the store (the app is "running")
    import io

    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["--data-dir", str(data_dir.root), "status", str(workshop.id), "--json"], out=out, err=err
    )
    assert code == 0, err.getvalue()
    assert json.loads(out.getvalue())["stage_index"] is not None


CHILD = textwrap.dedent(
    """
    import sys, uuid
    from pathlib import Path
    from app.paths import DataDir
    from app.runs import RunSession
    from app.store import Store
    store = Store.open(DataDir(Path(sys.argv[1])))
    run = RunSession(store, uuid.UUID(sys.argv[2]))
    run.act("start")
    run.act("next")
    run.act("adjust", 120)
    print("running", flush=True)
    sys.stdin.readline()  # killed here, mid-stage
    """
)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_app_resumes_the_same_stage_with_the_time_right(
    data_dir: DataDir, template_90: WorkshopTemplate
) -> None:
    with Store.open(data_dir) as store:
        workshop = create_workshop(store, template_90, "停電")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir.root), str(workshop.id)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "running"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=20)
    child.stdin.close()  # type: ignore[union-attr]
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    with Store.open(data_dir) as store:  # the lock died with the process
        events = load_events(store, workshop.id)
        entered = events[1].at  # NEXT: stage 2 began
        later = entered + timedelta(minutes=7, seconds=30)  # the room kept working
        run = RunSession(store, workshop.id, lambda: later)
        state = run.state()
        planned = get_workshop(store, workshop.id).stages[1].planned_seconds
    assert run.resumed
    assert state.current == 1
    expected = planned + 120 - (later - entered).total_seconds()
    assert abs(state.remaining_seconds - expected) < 1.0
