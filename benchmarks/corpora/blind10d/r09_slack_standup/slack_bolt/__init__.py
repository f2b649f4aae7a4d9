"""Local stand-in for slack_bolt (only slack_bolt.async_app.AsyncApp is provided)."""
