import asyncio

outcomes = {}


async def call(name):
    try:
        await asyncio.sleep(5)
        return name
    except asyncio.CancelledError:
        outcomes[name] = "cancelled"
        raise


async def handle_request():
    async with asyncio.timeout(0.1):  # the deadline for the whole request
        async with asyncio.TaskGroup() as group:
            group.create_task(call("prices"))
            group.create_task(call("stock"))


async def main():
    try:
        await handle_request()
    except TimeoutError as error:
        print(f"deadline: {type(error).__name__}")
    print(f"prices: {outcomes['prices']}, stock: {outcomes['stock']}")

    request = asyncio.create_task(handle_request())
    await asyncio.sleep(0)  # let it start its calls
    request.cancel()  # the caller gives up: not a timeout
    try:
        await request
    except asyncio.CancelledError:
        print("caller cancelled: CancelledError, not TimeoutError")
    print(f"the request's task ended cancelled: {request.cancelled()}")


asyncio.run(main())
