import asyncio


async def main():
    ran = []

    async def other():  # another task, ready to run at the loop's next turn
        ran.append("other")

    task = asyncio.create_task(other())
    cached = asyncio.get_running_loop().create_future()
    cached.set_result("dark")  # a cache hit: the future is already done

    theme = await cached  # does not suspend: the loop gets no turn
    print(f"awaited a done future ({theme}); the other task ran: {bool(ran)}")
    await asyncio.sleep(0)  # suspends: the loop runs the ready task
    print(f"awaited asyncio.sleep(0); the other task ran: {bool(ran)}")
    await task


asyncio.run(main())
