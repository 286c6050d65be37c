import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"opening {self.name}")
        await asyncio.sleep(0.01)  # __aenter__ is a coroutine: setup may await
        print(f"opened {self.name}")
        return Session(self)  # `as` binds this, not the Connection

    async def __aexit__(self, exc_type, exc, tb):
        print(f"closing {self.name}")
        await asyncio.sleep(0.01)
        print(f"closed {self.name}")


class Session:
    def __init__(self, connection):
        self.connection = connection


async def main():
    manager = Connection("orders")
    async with manager as session:
        bound, manager_type = type(session).__name__, type(manager).__name__
        print(f"`as` bound a {bound}, not the {manager_type}")
    print("after the block")


asyncio.run(main())
