"""matrixbot: moderation commands, reminders and homeserver health alerts."""

__version__ = "0.6.2"
