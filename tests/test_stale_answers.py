"""An answer carries the question it answers: one for a question no longer open is dropped."""

import pytest

from guide.flows import library
from guide.storage.sessions import Conversation, StaleAnswer
from guide.storage.store import Store
from tests.conftest import MINI, write_flow


@pytest.fixture()
def conv(tmp_path):
    d = tmp_path / "flows"
    write_flow(d, "mini.yaml", MINI)
    lib = library.load(flow_dirs=[d], include_user=False)
    store = Store(tmp_path / "data")
    conv, _ = Conversation.start(store, lib, "mini", "ST-1", "rehearse", "nl")
    yield conv
    store.close()


def test_a_second_continue_for_the_same_question_is_dropped(conv):
    at = conv.position()
    conv.submit(None, at)  # "hello" is passed
    shown = conv.position()
    assert conv.engine.current.id == "mood"
    with pytest.raises(StaleAnswer):
        conv.submit("bad", at)  # a bounce of the first Enter, carrying "hello"'s position
    assert conv.engine.current.id == "mood"
    assert "mini/mood" not in conv.engine.answers
    conv.submit("bad", shown)
    assert conv.engine.answers["mini/mood"] == "bad"


def test_the_same_step_reached_again_is_a_new_position(conv):
    conv.submit(None)
    first = conv.position()
    conv.submit("bad", first)
    conv.back()
    assert conv.engine.current.id == "mood"
    again = conv.position()
    assert again == first  # back at the same question, after the same answers: the same position
    conv.submit("good", again)
    with pytest.raises(StaleAnswer):
        conv.skip(first)  # an answer for "mood" while the flow has ended
    assert conv.engine.finished


def test_a_stale_answer_leaves_nothing_in_the_store(conv):
    at = conv.position()
    conv.submit(None, at)
    with pytest.raises(StaleAnswer):
        conv.submit("good", at)
    actions = [(a, k) for _t, a, k, _v in conv.store.changes(conv.session.id)]
    assert actions == [("continue", "mini/hello")]
