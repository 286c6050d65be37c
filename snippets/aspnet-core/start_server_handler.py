import asyncio
import threading

CLIENTS = 50


async def main():
    inside = 0
    all_inside = asyncio.Event()
    query_done = asyncio.Event()  # stands for a database that answers later
    threads = set()

    # One coroutine per connection, run as a task of its own on the loop.
    async def handle(reader, writer):
        nonlocal inside
        threads.add(threading.get_ident())
        order_id = (await reader.readline()).decode().strip()
        inside += 1
        if inside == CLIENTS:
            all_inside.set()
        await query_done.wait()  # the loop serves other connections meanwhile
        writer.write(f"order {order_id}\n".encode())
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    async def call(order_id):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"{order_id}\n".encode())
        await writer.drain()
        answer = (await reader.readline()).decode().strip()
        writer.close()
        await writer.wait_closed()
        return answer

    calls = [asyncio.create_task(call(n)) for n in range(1, CLIENTS + 1)]
    await asyncio.wait_for(all_inside.wait(), timeout=5)
    print(f"{CLIENTS} handlers awaiting at once: {inside == CLIENTS}")
    query_done.set()
    answers = await asyncio.gather(*calls)
    right = all(answer == f"order {n}" for n, answer in enumerate(answers, 1))
    print(f"answers: {len(answers)}, all for the order asked: {right}")
    print(f"every handler ran on the loop's thread: {threads == {threading.get_ident()}}")
    server.close()
    await server.wait_closed()


asyncio.run(main())
