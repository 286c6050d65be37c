import asyncio

running = 0


async def call(seconds, fail):
    global running
    running += 1
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise RuntimeError("orders service returned 500")
        return "ok"
    finally:
        running -= 1


async def handler():
    # Create both, then await them one by one: the same leak.
    orders = asyncio.create_task(call(0.06, fail=True))
    recommendations = asyncio.create_task(call(5, fail=False))
    return await orders + await recommendations


async def main():
    try:
        await handler()
    except RuntimeError as error:
        print(f"handler failed: {error}")
    print(f"running after the handler returned: {running}")
    leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in leftover:  # only a reference to the task can stop it
        task.cancel()
    await asyncio.gather(*leftover, return_exceptions=True)
    print(f"running after cleanup: {running}")


asyncio.run(main())
