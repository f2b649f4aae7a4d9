import os

from slack_bolt.async_app import AsyncApp

app = AsyncApp(token=os.environ.get("SLACK_BOT_TOKEN", "xoxb-demo"), name="standup")
