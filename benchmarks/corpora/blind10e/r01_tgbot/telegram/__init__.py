"""Minimal local stand-in for python-telegram-bot (only what this bot uses)."""
from dataclasses import dataclass, field


@dataclass
class User:
    id: int
    username: str


@dataclass
class Message:
    text: str
    from_user: User
    replies: list = field(default_factory=list)

    async def reply_text(self, text):
        self.replies.append(text)
        print(f"-> {self.from_user.username}: {text}")


@dataclass
class Update:
    update_id: int
    message: Message

    @property
    def effective_user(self):
        return self.message.from_user
