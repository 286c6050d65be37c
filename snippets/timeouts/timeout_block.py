import asyncio


async def import_data():
    try:
        # Takes no token, yet the timeout stops it: CancelledError arrives here.
        await asyncio.sleep(10)
        print("import: finished")
    except asyncio.CancelledError:
        print("import: cancelled while waiting on its I/O")
        raise


async def main():
    try:
        async with asyncio.timeout(0.05):
            await import_data()
    except TimeoutError as e:
        print(f"caller caught: {type(e).__name__}, from {type(e.__cause__).__name__}")


asyncio.run(main())
