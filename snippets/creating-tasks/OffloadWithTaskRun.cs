using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class OffloadWithTaskRun
{
    // <offload-with-task-run>
    public static async Task Main()
    {
        byte[] password = Encoding.UTF8.GetBytes("correct horse battery staple");
        byte[] salt = Encoding.UTF8.GetBytes("per-user-salt");

        // Key stretching is synchronous and CPU-bound: there is nothing to await inside
        // it. Task.Run queues it to the thread pool and gives back a task to await.
        Task<byte[]> deriving = Task.Run(() => DeriveKey(password, salt));

        byte[] key = await deriving;
        Console.WriteLine($"derived key: {Convert.ToHexString(key)[..16]}...");
    }

    private static byte[] DeriveKey(byte[] password, byte[] salt)
    {
        bool onPool = Thread.CurrentThread.IsThreadPoolThread;
        Console.WriteLine($"deriving on a thread-pool thread: {onPool}");
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations: 20_000,
            HashAlgorithmName.SHA256, outputLength: 32);
    }
    // </offload-with-task-run>
}
