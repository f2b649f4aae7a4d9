"""standup-bot: run the Slack app."""
import logging
import os

from standup import handlers  # noqa: F401  (registers the listeners)
from standup.app import app

DEMO_SESSION = [
    ("command", "/standup", {"user_id": "U1", "text": "fixed the flaky test", "channel": "C1"}),
    ("command", "/summary", {"user_id": "U2", "channel": "C1"}),
    ("event", "app_mention", {"user": "U2", "channel": "C1", "team": "T9"}),
    ("event", "message", {"user": "U3", "text": "standup in 5", "channel": "C1"}),
    ("event", "reaction_added", {"user": "U3", "channel": "C1"}),
]


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    app.script = DEMO_SESSION
    app.start(port=int(os.environ.get("PORT", "3000")))


if __name__ == "__main__":
    main()
