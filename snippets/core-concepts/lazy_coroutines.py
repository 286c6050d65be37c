import asyncio


async def greet() -> None:
    print("2. greet runs, once the loop gets to its task")
    await asyncio.sleep(0)
    print("4. the rest runs once what it awaited has completed")


async def main() -> None:
    print("1. calling greet()")
    coroutine = greet()  # runs nothing yet
    print(f"3. greet() returned a {type(coroutine).__name__}; greet has not run")

    task = asyncio.create_task(coroutine)  # scheduled on the loop, still not started
    print("   create_task() returned; greet still has not run")

    await task  # main gives the thread back to the loop here
    print("5. awaited")


asyncio.run(main())
