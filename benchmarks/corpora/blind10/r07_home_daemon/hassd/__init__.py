"""hassd: a home automation hub."""
