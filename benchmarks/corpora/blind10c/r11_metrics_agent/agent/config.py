import os

INTERVAL = float(os.environ.get("AGENT_INTERVAL", "0"))
CYCLES = int(os.environ.get("AGENT_CYCLES", "2"))
LOG_FILE = os.environ.get("AGENT_LOG_FILE", "agent.log")
EXPORTER_URL = os.environ.get("AGENT_EXPORTER", "http://127.0.0.1:9100/push")
