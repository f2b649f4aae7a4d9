"""Helpers shared by the bridge tests."""
import logging
import tempfile


def bridge_test_logging():
    path = tempfile.mktemp(suffix=".log")
    logging.basicConfig(filename=path, level=logging.DEBUG, force=True)
    return path


def fake_event(body, sender="@ana:example.org"):
    import nio

    return nio.RoomMessageText("!test:example.org", sender, body)
