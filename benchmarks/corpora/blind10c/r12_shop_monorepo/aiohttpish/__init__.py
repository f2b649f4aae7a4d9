"""Stand-in for aiohttp (standard library only)."""
