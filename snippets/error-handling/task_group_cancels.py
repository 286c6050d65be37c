import asyncio


async def fail(message):
    await asyncio.sleep(0)
    raise ValueError(message)


async def slow_lookup():
    try:
        await asyncio.sleep(10)
        return "pricing"
    except asyncio.CancelledError:
        print("slow sibling: cancelled by the TaskGroup")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            slow = group.create_task(slow_lookup())
            group.create_task(fail("inventory failed"))
    except* ValueError as eg:
        print(f"ExceptionGroup holds {len(eg.exceptions)}: {eg.exceptions[0]}")
    print(f"slow sibling cancelled: {slow.cancelled()}")


asyncio.run(main())
