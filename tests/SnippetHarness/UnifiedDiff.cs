using System.Text;
using DiffPlex;

namespace SnippetHarness;

/// <summary>Formats DiffPlex's line diff as a unified diff (DiffPlex has no unified builder of its own).</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string expected, string actual, string expectedName, string actualName)
    {
        var a = SplitLines(expected);
        var b = SplitLines(actual);
        var blocks = Differ.Instance.CreateLineDiffs(string.Join('\n', a), string.Join('\n', b), ignoreWhitespace: false).DiffBlocks;

        var text = new StringBuilder().Append("--- ").AppendLine(expectedName).Append("+++ ").AppendLine(actualName);
        var i = 0;
        while (i < blocks.Count)
        {
            // Merge blocks whose context would overlap into one hunk.
            var j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA) <= 2 * Context)
            {
                j++;
            }

            var startA = Math.Max(0, blocks[i].DeleteStartA - Context);
            var startB = Math.Max(0, blocks[i].InsertStartB - Context);
            var endA = Math.Min(a.Length, blocks[j].DeleteStartA + blocks[j].DeleteCountA + Context);
            var endB = Math.Min(b.Length, blocks[j].InsertStartB + blocks[j].InsertCountB + Context);
            text.AppendLine($"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@");

            var lineA = startA;
            for (var k = i; k <= j; k++)
            {
                var block = blocks[k];
                for (; lineA < block.DeleteStartA; lineA++)
                {
                    text.Append(' ').AppendLine(a[lineA]);
                }

                for (var d = 0; d < block.DeleteCountA; d++)
                {
                    text.Append('-').AppendLine(a[block.DeleteStartA + d]);
                }

                for (var n = 0; n < block.InsertCountB; n++)
                {
                    text.Append('+').AppendLine(b[block.InsertStartB + n]);
                }

                lineA = block.DeleteStartA + block.DeleteCountA;
            }

            for (; lineA < endA; lineA++)
            {
                text.Append(' ').AppendLine(a[lineA]);
            }

            i = j + 1;
        }

        return text.ToString();
    }

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
