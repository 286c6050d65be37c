import asyncio

outcomes = {}


async def call(name, seconds, fail):
    try:
        await asyncio.sleep(seconds)
        if fail:
            outcomes[name] = "failed"
            raise RuntimeError(f"{name} service returned 500")
        outcomes[name] = "completed"
        return name
    except asyncio.CancelledError:
        outcomes[name] = "cancelled"
        raise


async def handle_request():
    async with asyncio.TaskGroup() as group:
        group.create_task(call("profile", 5, fail=False))
        group.create_task(call("orders", 0.05, fail=True))
        group.create_task(call("recommendations", 5, fail=False))


async def handle_nested_request():
    async with asyncio.TaskGroup() as group:

        async def orders():  # runs once the group waits at the end of its block
            group.create_task(call("order lines", 0.05, fail=True))
            return "orders"

        group.create_task(orders())


async def handle_two_failures():
    go = asyncio.Event()

    async def fails(name):
        await go.wait()
        raise RuntimeError(f"{name} service returned 500")

    async with asyncio.TaskGroup() as group:
        group.create_task(fails("prices"))
        group.create_task(fails("stock"))
        go.set()  # both resume in the same turn of the loop, before any cancellation


async def main():
    for handler in (handle_request, handle_nested_request, handle_two_failures):
        try:
            await handler()
        except* RuntimeError as group:
            messages = sorted(str(e) for e in group.exceptions)
            print(f"{handler.__name__}: ExceptionGroup {messages}")
    names = ("profile", "orders", "recommendations", "order lines")
    print(", ".join(f"{name}: {outcomes[name]}" for name in names))


asyncio.run(main())
