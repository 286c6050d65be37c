import asyncio
from contextlib import asynccontextmanager


class Transaction:
    def __init__(self):
        self.statements = 0
        self.connected = True

    async def execute(self, sql):
        await asyncio.sleep(0)
        self.statements += 1
        print(f"  {sql}")

    async def rollback(self):
        await asyncio.sleep(0)
        if not self.connected:
            raise OSError("connection lost")
        print(f"rollback ({self.statements} statement(s))")


@asynccontextmanager
async def transaction():
    tx = Transaction()
    print("begin")
    try:
        yield tx  # the body of the `async with` runs here
    except BaseException:
        await tx.rollback()
        raise
    else:
        print(f"commit ({tx.statements} statement(s))")


async def run(order, lose_connection):
    try:
        async with transaction() as tx:
            await tx.execute(f"insert order {order}")
            if lose_connection:
                tx.connected = False
            raise RuntimeError("stock check failed")
    except Exception as e:
        context = e.__context__
        kept = f"; __context__: {context!r}" if context else ""
        print(f"caller caught {e!r}{kept}")


async def main():
    async with transaction() as tx:
        await tx.execute("insert order 1")
    await run(2, lose_connection=False)
    await run(3, lose_connection=True)


asyncio.run(main())
