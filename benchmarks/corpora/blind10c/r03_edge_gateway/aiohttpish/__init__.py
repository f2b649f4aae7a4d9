"""Stand-in for the parts of aiohttp the gateway uses (standard library only)."""
