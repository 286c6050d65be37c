/// <summary>A throw-away repository with N generated examples and their expected output.</summary>
internal static class SyntheticRepo
{
    public static string Create(int count)
    {
        var root = Directory.CreateTempSubdirectory("snippet-bench-").FullName;
        for (var i = 0; i < count; i++)
        {
            var page = $"page-{i / 10:000}";
            var dir = Path.Combine(root, "snippets", page);
            Directory.CreateDirectory(dir);
            var name = $"Example{i:0000}";
            File.WriteAllText(Path.Combine(dir, name + ".cs"), Source($"Page{i / 10:000}", name, i));
            File.WriteAllText(Path.Combine(dir, name + ".output.txt"), $"example {i}\nsum: {Sum(i)}\ndone\n");
        }

        return root;
    }

    private static int Sum(int i) => Enumerable.Range(0, 5).Sum(k => k * (i % 7));

    private static string Source(string ns, string name, int i) => $$"""
        using System;
        using System.Linq;
        using System.Threading.Tasks;

        namespace {{ns}};

        public static class {{name}}
        {
            // <main>
            public static async Task Main()
            {
                Console.WriteLine("example {{i}}");
                int[] values = await Task.WhenAll(Enumerable.Range(0, 5).Select(k => ComputeAsync(k)));
                Console.WriteLine($"sum: {values.Sum()}");
                await Task.Yield();
                Console.WriteLine("done");
            }

            private static async Task<int> ComputeAsync(int k)
            {
                await Task.Delay(10 + {{i % 20}});
                return k * {{i % 7}};
            }
            // </main>
        }
        """;
}
