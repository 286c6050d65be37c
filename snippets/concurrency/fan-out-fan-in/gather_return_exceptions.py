import asyncio


async def parse(x, seconds=0.001):
    await asyncio.sleep(seconds)
    if x % 400 == 7:
        raise ValueError(f"record {x} is malformed")
    return x * 10


async def main():
    inputs = range(2_000)
    outcomes = await asyncio.gather(*(parse(x) for x in inputs), return_exceptions=True)
    failures = [(x, o) for x, o in zip(inputs, outcomes) if isinstance(o, Exception)]
    print(f"succeeded: {len(outcomes) - len(failures)}, failed: {len(failures)}")
    for item, error in failures[:3]:
        print(f"  item {item}: {type(error).__name__}: {error}")

    # Without return_exceptions, gather raises the first failure at once, and does not
    # cancel the others. Here record 7 fails at once and the rest take 5 s.
    tasks = [asyncio.create_task(parse(x, 0 if x == 7 else 5)) for x in inputs]
    try:
        await asyncio.gather(*tasks)
    except ValueError as error:
        running = sum(not task.done() for task in tasks)
        print(f"without return_exceptions: ValueError: {error}")
        print(f"  tasks still running when gather raised: {running}")
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
