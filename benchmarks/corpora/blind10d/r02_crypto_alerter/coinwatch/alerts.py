"""Alert delivery: alert records go to a chat webhook, not to the log files."""
import json
import logging
import urllib.request

ALERT_LOG = logging.getLogger("coinwatch.alerts")
ALERT_LOG.propagate = False


class WebhookHandler(logging.Handler):
    """POSTs each record as {"text": ...} to a Slack/Mattermost-style incoming webhook."""

    def __init__(self, url: str, timeout: float = 0.5):
        super().__init__(level=logging.INFO)
        self.url = url
        self.timeout = timeout
        self.failures = 0

    def emit(self, record):
        body = json.dumps({"text": self.format(record)}).encode()
        request = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout):
                pass
        except OSError:
            self.failures += 1


def configure_alerts(url: str) -> WebhookHandler:
    handler = WebhookHandler(url)
    handler.setFormatter(logging.Formatter("[coinwatch] %(message)s"))
    ALERT_LOG.addHandler(handler)
    return handler
