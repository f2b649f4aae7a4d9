from bridgeplugins import emoji
from tests.util import bridge_test_logging


def test_replace_shortcodes():
    bridge_test_logging()
    assert emoji.replace_shortcodes("ok :+1:") == ("ok +1", 1)
