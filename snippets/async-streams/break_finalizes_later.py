import asyncio
from contextlib import aclosing


async def read_lines(closed):
    print("file opened")
    try:
        for i in range(1, 6):
            await asyncio.sleep(0)  # stands in for reading the next line
            yield f"line {i}"
    finally:
        print("finally: file closed")
        closed.set()


async def consume(lines):
    async for line in lines:
        print(f"read {line}")
        if line == "line 2":
            print("break")
            break


async def main():
    print("plain async for:")
    closed = asyncio.Event()
    await consume(read_lines(closed))
    print(f"after the loop (finally has run: {closed.is_set()})")
    await closed.wait()  # the event loop closes the abandoned generator later

    print("inside aclosing():")
    closed = asyncio.Event()
    async with aclosing(read_lines(closed)) as lines:
        await consume(lines)
    print(f"after the loop (finally has run: {closed.is_set()})")


asyncio.run(main())
