using YamlDotNet.RepresentationModel;

namespace SnippetHarness;

/// <summary>One <c>href</c> (or <c>topicHref</c>) in a toc.yml, with its 1-based line.</summary>
public sealed record TocLink(string TocFile, int Line, string Href);

/// <summary>Reads the hrefs of a docfx toc.yml, at any depth of <c>items</c>.</summary>
public static class TocReader
{
    public static IReadOnlyList<TocLink> Read(string tocPath, string relativePath)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(tocPath))
        {
            yaml.Load(reader);
        }

        var links = new List<TocLink>();
        foreach (var document in yaml.Documents)
        {
            Collect(document.RootNode, relativePath, links);
        }

        return links;
    }

    private static void Collect(YamlNode node, string tocFile, List<TocLink> links)
    {
        switch (node)
        {
            case YamlSequenceNode items:
                foreach (var item in items)
                {
                    Collect(item, tocFile, links);
                }

                break;
            case YamlMappingNode item:
                foreach (var (key, value) in item.Children)
                {
                    var name = ((YamlScalarNode)key).Value;
                    if (name is "href" or "topicHref" && value is YamlScalarNode { Value: { Length: > 0 } href })
                    {
                        links.Add(new TocLink(tocFile, (int)value.Start.Line, href));
                    }
                    else if (name == "items")
                    {
                        Collect(value, tocFile, links);
                    }
                }

                break;
        }
    }
}
