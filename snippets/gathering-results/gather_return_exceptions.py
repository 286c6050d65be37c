import asyncio


async def lookup(user: str) -> int:
    await asyncio.sleep(0.01)
    if user == "mallory":
        raise PermissionError(f"{user} is blocked")
    return len(user) * 1000


async def main() -> None:
    users = ["alice", "mallory", "bob", "carol"]
    lookups = [asyncio.create_task(lookup(user)) for user in users]
    lookups[3].cancel()  # carol's lookup is cancelled

    # One list, in input order, mixing results and exceptions.
    outcomes = await asyncio.gather(*lookups, return_exceptions=True)
    for user, outcome in zip(users, outcomes):
        if isinstance(outcome, BaseException):
            outcome = ": ".join(filter(None, [type(outcome).__name__, str(outcome)]))
        print(f"{user}: {outcome}")


asyncio.run(main())
