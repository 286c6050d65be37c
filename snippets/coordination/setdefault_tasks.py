import asyncio


async def main() -> None:
    loads = 0

    async def load_profile(user: str) -> str:
        nonlocal loads
        loads += 1
        await asyncio.sleep(0.01)  # stands in for a database query
        return f"profile of {user}"

    # setdefault evaluates its default on every call, as GetOrAdd may run its factory:
    # the second create_task starts a load that the dictionary never keeps.
    profiles: dict[str, asyncio.Task] = {}
    first = profiles.setdefault("ada", asyncio.create_task(load_profile("ada")))
    second = profiles.setdefault("ada", asyncio.create_task(load_profile("ada")))
    await asyncio.sleep(0)  # one turn of the loop: both tasks have started
    print(f"setdefault: one task kept: {first is second}, loads: {loads}")

    # A check and an insert with no await between them cannot interleave on one loop.
    loads = 0
    cached: dict[str, asyncio.Task] = {}

    def get(user: str) -> asyncio.Task:
        if user not in cached:
            cached[user] = asyncio.create_task(load_profile(user))
        return cached[user]

    results = await asyncio.gather(*(get("ada") for _ in range(10)))
    print(f"check, then insert: 10 callers, loads: {loads}, results: {set(results)}")


asyncio.run(main())
