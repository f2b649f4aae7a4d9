"""Edge gateway: authenticates, rate-limits and proxies requests to the internal services."""

__version__ = "3.1.0"
