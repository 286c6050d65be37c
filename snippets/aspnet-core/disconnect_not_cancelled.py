import asyncio


async def main():
    started = asyncio.Event()
    client_gone = asyncio.Event()
    handlers = []
    seen = {}

    async def handle(reader, writer):
        handlers.append(asyncio.current_task())
        await reader.readline()  # the request
        started.set()
        await client_gone.wait()  # slow work that does not touch the socket
        seen["read"] = await reader.read(100)
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /report\n")
    await started.wait()
    writer.close()  # the client gives up
    await writer.wait_closed()
    client_gone.set()

    await asyncio.wait_for(asyncio.wait(handlers), timeout=5)
    print(f"handler ran to its end, not cancelled: {not handlers[0].cancelled()}")
    print(f"what the handler read after the client left: {seen['read']!r}")
    server.close()
    await server.wait_closed()


asyncio.run(main())
