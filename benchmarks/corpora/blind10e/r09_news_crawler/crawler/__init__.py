"""newscrawler core package."""
