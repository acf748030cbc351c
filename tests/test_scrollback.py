"""The whole conversation scrolls back, by keyboard, with only a window of it mounted."""

import pytest

from benchmarks.gen import ANSWERS, flow_yaml
from guide.artefacts.transcript import history_items
from guide.tui.app import GuideApp
from guide.tui.conversation import ConversationScreen
from guide.tui.scrollback import MOST, Transcript
from tests.conftest import app_ready


async def long_conversation(tmp_path, pilot, app, messages=600):
    await app_ready(pilot)
    app.open_flow("bench", "prepare", "L-1")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ConversationScreen)
    conv = screen.conv
    while len(history_items(conv.engine, conv.lib, app.lang)) < messages:
        for _ in range(20):
            conv.submit(ANSWERS.get(conv.engine.current.kind))
    await screen.render_all()
    await pilot.pause()
    return screen


def make_app(tmp_path):
    flows = tmp_path / "flows"
    flows.mkdir()
    (flows / "bench.yaml").write_text(flow_yaml(1200).replace("jobs", "x-jobs"))
    return GuideApp(flow_dirs=[flows], data_dir=str(tmp_path / "data"), blink=False)


def on_screen(box: Transcript, index: int) -> bool:
    """Is message `index` of the conversation mounted and inside the transcript's view?"""
    if not box.start <= index < box.end:
        return False
    msg = box.children[index - box.start]
    return msg.region.height > 0 and box.region.y <= msg.region.y < box.region.bottom


async def focus_transcript(pilot, app):
    for _ in range(12):  # Shift+Tab from the answer area reaches the transcript
        if isinstance(app.focused, Transcript):
            return
        await pilot.press("shift+tab")
    assert isinstance(app.focused, Transcript), app.focused


@pytest.mark.slow
async def test_page_up_reaches_the_first_message_of_300_with_a_bounded_window(private_dirs, tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await long_conversation(tmp_path, pilot, app, messages=300)  # over twice the window
        box = screen.query_one(Transcript)
        total = len(box.items)
        assert total >= 2 * MOST + 50 and len(box.children) <= 50  # nothing long mounted when drawn
        assert on_screen(box, total - 1)
        assert box.items[0].who == "phase"  # the conversation's very first message
        await focus_transcript(pilot, app)
        presses = 0
        while not on_screen(box, 0) and presses < 2000:
            await pilot.press("pageup")
            presses += 1
            assert len(box.children) <= MOST
        assert on_screen(box, 0), (box.start, box.scroll_y)
        assert box.children[0].item == box.items[0]
        await pilot.press("end")
        await pilot.pause()
        assert on_screen(box, len(box.items) - 1)


async def test_home_jumps_to_the_first_message_and_an_answer_brings_the_latest_back(private_dirs, tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await long_conversation(tmp_path, pilot, app)
        box = screen.query_one(Transcript)
        await focus_transcript(pilot, app)
        await pilot.press("home")
        await pilot.pause()
        assert on_screen(box, 0)
        assert len(box.children) <= MOST
        for _ in range(3):  # answers given while reading back: the latest message is in view each time
            kind = screen.engine.current.kind
            await screen.answer(ANSWERS.get(kind))
            await pilot.pause()
            assert box.items[-1] == box.children[-1].item
            assert on_screen(box, len(box.items) - 1), (box.start, box.end, len(box.items), box.scroll_y)


async def test_loading_earlier_messages_keeps_the_reader_in_place(private_dirs, tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await long_conversation(tmp_path, pilot, app, messages=200)
        box = screen.query_one(Transcript)
        start = box.start
        assert start > 0
        first = box.children[0]
        await focus_transcript(pilot, app)
        box.scroll_to(y=1, animate=False, immediate=True)  # just below the top of the window
        await pilot.pause()
        y = first.region.y
        await pilot.press("up")  # to the top: the batch before is mounted above
        await pilot.pause()
        await pilot.pause()
        assert box.start < start
        assert first.region.y == y + 1  # one line further down, as Up moves: no jump


async def test_every_answer_shows_the_latest_message(private_dirs, tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await long_conversation(tmp_path, pilot, app, messages=120)
        box = screen.query_one(Transcript)
        for _ in range(30):  # past a trim of the oldest messages
            kind = screen.engine.current.kind
            if kind == "text":
                screen.query_one("#text").text = ANSWERS["text"]
                await pilot.press("ctrl+s")
            else:
                await pilot.press("enter")
            await pilot.pause()
            assert box.children[-1].item == box.items[-1]
            assert on_screen(box, len(box.items) - 1)
            assert len(box.children) <= MOST
