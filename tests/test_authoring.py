"""Trainers' tools: scaffolds that pass their own checks, check --watch, and the app reloading a flow."""

import os
import subprocess
import sys
import time

from guide.flows import library
from guide.flows.scaffold import ScaffoldError, create
from guide.run.plans import run_plan_file
from guide.tui.app import GuideApp
from tests.conftest import MINI, ROOT, stop_group, write_flow


def test_new_flow_and_new_scenario_are_valid_and_their_plans_pass(tmp_path):
    mine = tmp_path / "mine"
    written = create("flow", "eerste-flow", mine) + create("scenario", "eerste-rollenspel", mine)
    assert (mine / "content" / "nl" / "coach-eerste-rollenspel.md") in written
    lib = library.load(flow_dirs=[mine], include_user=False)
    assert [p.format("en") for p in lib.problems] == []
    results = []
    for plan in [p for p in lib.plan_files if p.parent == mine]:
        r, problems = run_plan_file(plan, lib, plan.name, "nl")
        assert problems == []
        results += r
    assert sorted(r.name for r in results if r.ok) == ["best path", "calm start", "tense start slows down",
                                                       "worst path"]
    scenario = lib.flows["eerste-rollenspel"]
    assert scenario.jobs == ["rehearse"] and scenario.coach_card == "coach-eerste-rollenspel"


def test_new_refuses_bad_names_and_never_overwrites(tmp_path):
    create("flow", "een", tmp_path)
    before = (tmp_path / "een.yaml").read_text()
    for name, code in (("Een Flow", "new.bad-name"), ("een", "new.exists")):
        try:
            create("flow", name, tmp_path)
        except ScaffoldError as exc:
            assert exc.code == code
        else:
            raise AssertionError(f"{name} was accepted")
    assert (tmp_path / "een.yaml").read_text() == before


def test_new_on_the_command_line_writes_into_the_user_flow_folder(tmp_path):
    env = dict(os.environ, BINDKRACHT_CONFIG_DIR=str(tmp_path / "cfg"))
    out = subprocess.run([sys.executable, "-m", "guide", "new", "scenario", "oefening", "--lang", "en"],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "cfg" / "flows" / "oefening.yaml").exists()
    assert "Next steps:" in out.stdout and "bindkracht play oefening" in out.stdout
    listed = subprocess.run([sys.executable, "-m", "guide", "flows"], cwd=ROOT, env=env, capture_output=True,
                            text=True)
    assert "oefening" in listed.stdout


def test_check_watch_checks_again_after_every_save(tmp_path):
    """Waits for each check's summary (deadline, not a fixed sleep) and always stops the watcher."""
    import queue
    import threading

    mine = tmp_path / "mine"
    path = write_flow(mine, "mini.yaml", MINI)
    env = dict(os.environ, BINDKRACHT_CONFIG_DIR=str(tmp_path / "cfg"), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "guide", "check", "--watch", str(path), "--lang", "en"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    out: list[str] = []

    def save(target, text):  # as editors do: write beside, then rename over
        tmp = target.with_suffix(".tmp")
        tmp.write_text(text)
        os.replace(tmp, target)

    def wait_for_summary(n: int) -> None:
        deadline = time.monotonic() + 60
        while sum("file(s) checked" in line for line in out) < n:
            try:
                out.append(lines.get(timeout=max(0.1, deadline - time.monotonic())))
            except queue.Empty:
                pass
            assert time.monotonic() < deadline, "".join(out)

    try:
        wait_for_summary(1)
        save(path, MINI.replace("goto: why", "goto: nowhere"))
        wait_for_summary(2)
        save(path, MINI)
        wait_for_summary(3)
    finally:
        stop_group(proc, timeout=30)
    text = "".join(out)
    runs = text.split("--- ")
    assert len(runs) == 4, text  # the banner, then three checks
    assert "0 error(s)" in runs[1]
    assert "error[unknown-target]: 'nowhere' is not a step in this flow" in runs[2]
    assert "0 error(s)" in runs[3]
    assert proc.returncode == 0 and "Traceback" not in text


async def test_the_running_app_reloads_a_changed_flow_or_shows_its_problems(tmp_path, private_dirs):
    mine = tmp_path / "mine"
    path = write_flow(mine, "mini.yaml",
                      MINI.replace("title: {nl: Mini, en: Mini}",
                                   "title: {nl: Mini, en: Mini}\njobs: [prepare]"))
    app = GuideApp(flow_dirs=[mine], data_dir=str(private_dirs), blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert app.reload_changed_flows() == []
        path.write_text(path.read_text().replace("Hoe gaat het?", "Hoe gaat het met je?"))
        messages = app.reload_changed_flows()
        assert messages == ["Werkvorm 'mini' is opnieuw geladen. Een lopend gesprek gaat verder met de "
                            "vorige versie."]
        assert app.lib.flows["mini"].step_map()["hello"].text.get("nl") == "Hoe gaat het met je?"
        path.write_text(path.read_text().replace("goto: why", "goto: nergens"))
        messages = app.reload_changed_flows()
        assert len(messages) == 1 and "error[unknown-target]" in messages[0]
        flows = app.screen.query_one("#flows")
        prompts = [str(flows.get_option_at_index(i).prompt) for i in range(flows.option_count)]
        assert any(p.startswith("⚠ Mini") for p in prompts)


def test_check_watch_stops_within_two_seconds_of_ctrl_c_even_when_started_in_the_background(tmp_path):
    """A job started in the background by a shell has SIGINT ignored; the watch still stops on it."""
    import signal

    path = write_flow(tmp_path / "mine", "mini.yaml", MINI)
    env = dict(os.environ, BINDKRACHT_CONFIG_DIR=str(tmp_path / "cfg"), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "guide", "check", "--watch", str(path), "--lang", "en"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        out = ""
        while "file(s) checked" not in out:  # the first check is done: the watch is waiting for saves
            line = proc.stdout.readline()
            assert line, out
            out += line
        os.killpg(proc.pid, signal.SIGINT)
        sent = time.monotonic()
        proc.wait(timeout=60)
        took = time.monotonic() - sent
    finally:
        stop_group(proc, signal.SIGKILL, timeout=5)
    assert proc.returncode in (0, 130) and took < 2, (proc.returncode, took)  # 130: Ctrl+C's usual exit code
