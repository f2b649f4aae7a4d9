from relay.cogs.moderation import BANNED_WORDS
from tests.support import attach_file_log


def test_banned_words_are_lowercase(tmp_path):
    handler = attach_file_log(str(tmp_path / "t.log"))
    assert all(w == w.lower() for w in BANNED_WORDS)
    handler.close()
