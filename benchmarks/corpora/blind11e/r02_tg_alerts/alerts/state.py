muted_chats: dict[int, int] = {}
subscribed_chats: set[int] = set()
