"""Settings read from the environment."""
import os


class settings:
    TOKEN = os.environ.get("TICKETS_TOKEN", "dev-token-not-a-secret")
    LOG_FILE = os.environ.get("TICKETS_LOG_FILE", "tickets.log")
    GUILD = os.environ.get("TICKETS_GUILD", "helpdesk")
