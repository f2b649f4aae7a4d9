import os

LOG_FILE = os.environ.get("GATEWAY_LOG_FILE", "gateway.log")
AUDIT_FILE = os.environ.get("GATEWAY_AUDIT_FILE", "gateway-audit.log")
FALLBACK_LOG = "gateway-fallback.log"
LEVEL = os.environ.get("GATEWAY_LOG_LEVEL", "INFO")
UPSTREAMS = ("http://10.1.0.11:9000", "http://10.1.0.12:9000")
